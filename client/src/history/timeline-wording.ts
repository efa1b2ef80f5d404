// How a timeline row reads: a verb for the relationship seen from the entity whose history it is.
import type { RelationshipType, TimelineItem } from '../../../server/contract.ts';

const OUT: Record<RelationshipType, string> = {
  LEADS: 'Leader of',
  MEMBER_OF: 'Member of',
  FOUNDED: 'Founded',
  SUCCEEDED: 'Succeeded',
  SPLIT_FROM: 'Split from',
  MERGED_INTO: 'Merged into',
  AFFILIATED_WITH: 'Affiliated with',
  PART_OF: 'Part of',
  ALLIED_WITH: 'Allied with',
  OPPOSES: 'Opposed',
  BACKS: 'Backed',
  PARTICIPATED_IN: 'Took part in',
  OCCURRED_IN: 'Happened in',
  CAPTURED: 'Captured',
  WITHDREW_FROM: 'Withdrew from',
  CONTROLS: 'Controlled',
  BASED_IN: 'Based in',
  LOCATED_IN: 'Lies in',
  KILLED_IN: 'Killed in',
  FLED_TO: 'Fled to',
};

const IN: Record<RelationshipType, string> = {
  LEADS: 'Led by',
  MEMBER_OF: 'Member:',
  FOUNDED: 'Founded by',
  SUCCEEDED: 'Succeeded by',
  SPLIT_FROM: 'Split off:',
  MERGED_INTO: 'Absorbed',
  AFFILIATED_WITH: 'Affiliate:',
  PART_OF: 'Includes',
  ALLIED_WITH: 'Allied with',
  OPPOSES: 'Opposed by',
  BACKS: 'Backed by',
  PARTICIPATED_IN: 'Taken part in by',
  OCCURRED_IN: 'Here:',
  CAPTURED: 'Captured by',
  WITHDREW_FROM: 'Abandoned by',
  CONTROLS: 'Held by',
  BASED_IN: 'Base of',
  LOCATED_IN: 'Contains',
  KILLED_IN: 'Killed here:',
  FLED_TO: 'Refuge of',
};

const PROPERTY: Record<NonNullable<TimelineItem['property']>, string> = {
  founded: 'Founded',
  dissolved: 'Dissolved',
  born: 'Born',
  died: 'Died',
  date: 'Began',
  end_date: 'Ended',
};

export function itemVerb(i: Pick<TimelineItem, 'relationship' | 'property' | 'via'>): string {
  if (i.property) return PROPERTY[i.property];
  if (i.relationship) return (i.relationship.direction === 'out' ? OUT : IN)[i.relationship.relType];
  if (i.via) return 'Within the operation:';
  return '';
}
