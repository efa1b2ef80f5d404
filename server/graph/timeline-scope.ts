// Which relationships make up the timeline of each kind of entity, and how items starting the same day are ordered.
import type { EntityLabel, RelationshipType } from '../contract.ts';

export interface TimelineScope {
  outTypes: RelationshipType[];
  inTypes: RelationshipType[];
  /** Types that say nothing about time unless dated (who backs whom is the network's story, not the timeline's). */
  datedOnly: RelationshipType[];
}

const ALIGNMENTS: RelationshipType[] = ['ALLIED_WITH', 'OPPOSES', 'BACKS'];
const LINEAGE: RelationshipType[] = ['SUCCEEDED', 'SPLIT_FROM', 'MERGED_INTO', 'AFFILIATED_WITH'];

export const TIMELINE_SCOPES: Record<EntityLabel, TimelineScope> = {
  Person: {
    outTypes: [
      'MEMBER_OF',
      'LEADS',
      'FOUNDED',
      'PARTICIPATED_IN',
      'KILLED_IN',
      'FLED_TO',
      'BASED_IN',
      'SUCCEEDED',
      'OPPOSES',
      'BACKS',
    ],
    inTypes: ['SUCCEEDED', 'OPPOSES'],
    datedOnly: [...ALIGNMENTS, 'BASED_IN'],
  },
  Faction: {
    outTypes: [
      'LEADS',
      'FOUNDED',
      ...LINEAGE,
      'PART_OF',
      'PARTICIPATED_IN',
      'CAPTURED',
      'WITHDREW_FROM',
      'CONTROLS',
      'BASED_IN',
      'FLED_TO',
      ...ALIGNMENTS,
    ],
    inTypes: ['LEADS', 'FOUNDED', 'MEMBER_OF', ...LINEAGE, 'PART_OF', ...ALIGNMENTS],
    datedOnly: [...ALIGNMENTS, 'CONTROLS', 'BASED_IN'],
  },
  Place: {
    outTypes: [],
    inTypes: ['CAPTURED', 'WITHDREW_FROM', 'CONTROLS', 'BASED_IN', 'FLED_TO', 'OCCURRED_IN'],
    datedOnly: ['CONTROLS', 'BASED_IN'],
  },
  Event: { outTypes: ['PART_OF'], inTypes: ['PART_OF', 'KILLED_IN'], datedOnly: [] },
  Source: { outTypes: [], inTypes: [], datedOnly: [] },
};

/** Operations whose commander's timeline shows their milestones, and the roles that count as commanding. */
export const OPERATION_KINDS = ['operation', 'offensive'];
export const COMMAND_WORDS = ['command', 'lead'];
export const MILESTONE_KINDS = ['capture'];

/** Same-day order: a beginning before what happens in it, an ending after. */
export function rankOf(relType: RelationshipType | null, property?: string): number {
  if (property === 'born' || property === 'founded' || property === 'date') return 0;
  if (property === 'died' || property === 'dissolved' || property === 'end_date') return 9;
  if (relType === 'FOUNDED' || relType === 'SUCCEEDED' || relType === 'SPLIT_FROM') return 1;
  if (relType === 'LEADS' || relType === 'MEMBER_OF' || relType === 'MERGED_INTO') return 2;
  if (relType === 'FLED_TO' || relType === 'KILLED_IN' || relType === 'WITHDREW_FROM') return 6;
  return 4;
}
