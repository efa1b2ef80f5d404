// Relationship types with the labels each may join: the public contract for Cypher users (see README, "The model").
import type { EntityLabel } from './vocabulary.ts';

interface RelationshipRule {
  from: readonly EntityLabel[];
  to: readonly EntityLabel[];
  /** One line for the README and the legend. */
  meaning: string;
}

export const RELATIONSHIP_RULES = {
  LEADS: {
    from: ['Person', 'Faction'],
    to: ['Faction'],
    meaning: 'heads a group, state or coalition (role, start, end)',
  },
  MEMBER_OF: { from: ['Person'], to: ['Faction'], meaning: 'belongs to or serves in a group (role, start, end)' },
  FOUNDED: { from: ['Person', 'Faction'], to: ['Faction'], meaning: 'created a group (date)' },
  SUCCEEDED: {
    from: ['Faction', 'Person'],
    to: ['Faction', 'Person'],
    meaning: 'took the place of an earlier group or leader (date)',
  },
  SPLIT_FROM: { from: ['Faction'], to: ['Faction'], meaning: 'broke away from a group (date)' },
  MERGED_INTO: { from: ['Faction'], to: ['Faction'], meaning: 'was absorbed into a group or coalition (date)' },
  AFFILIATED_WITH: { from: ['Faction'], to: ['Faction'], meaning: 'pledged to or was a branch of (start, end)' },
  PART_OF: {
    from: ['Faction', 'Event'],
    to: ['Faction', 'Event'],
    meaning: 'a component of a coalition, or an event inside an operation',
  },
  ALLIED_WITH: { from: ['Faction'], to: ['Faction'], meaning: 'fought or acted on the same side (start, end)' },
  OPPOSES: { from: ['Faction', 'Person'], to: ['Faction', 'Person'], meaning: 'hostile to (start, end)' },
  BACKS: {
    from: ['Faction', 'Person'],
    to: ['Faction'],
    meaning: 'sponsor supporting a client (kind: military, financial, training, political, air)',
  },
  PARTICIPATED_IN: { from: ['Faction', 'Person'], to: ['Event'], meaning: 'took part in an event (role, side)' },
  OCCURRED_IN: { from: ['Event'], to: ['Place'], meaning: 'where an event happened' },
  CAPTURED: { from: ['Faction'], to: ['Place'], meaning: 'took control of a place (date)' },
  WITHDREW_FROM: { from: ['Faction'], to: ['Place'], meaning: 'pulled out of a place (date)' },
  CONTROLS: { from: ['Faction'], to: ['Place'], meaning: 'held territory (start, end)' },
  BASED_IN: { from: ['Faction', 'Person'], to: ['Place'], meaning: 'headquartered or stationed in (start, end)' },
  LOCATED_IN: { from: ['Place'], to: ['Place'], meaning: 'lies within a larger place (up to governorate and country)' },
  KILLED_IN: { from: ['Person'], to: ['Event'], meaning: 'died in an event' },
  FLED_TO: { from: ['Person', 'Faction'], to: ['Place'], meaning: 'left for a place of refuge (date)' },
} as const satisfies Record<string, RelationshipRule>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as RelationshipType[];

/** The dated changes of who holds a place: playback shows them as they happen. */
export const TERRITORY_CHANGES = ['CAPTURED', 'WITHDREW_FROM'] as const satisfies readonly RelationshipType[];
