// The closed vocabulary as the client uses it: every label and relationship type, in one canonical order.
import type { EntityLabel, RelationshipType } from '../../../server/contract.ts';
import { RELATIONSHIP_TYPES } from '../../../seed/model/relationship-types.ts';
import { ENTITY_LABELS } from '../../../seed/model/vocabulary.ts';

export const ALL_ENTITY_TYPES: readonly EntityLabel[] = ENTITY_LABELS;
export const ALL_REL_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPES;

export const isEntityType = (s: string): s is EntityLabel => (ALL_ENTITY_TYPES as readonly string[]).includes(s);
export const isRelType = (s: string): s is RelationshipType => (ALL_REL_TYPES as readonly string[]).includes(s);

/** Deduplicated and sorted as in the closed list, so equal sets compare (and encode) equal. */
export function inClosedOrder<T extends string>(items: readonly T[], order: readonly T[]): T[] {
  const set = new Set(items);
  return order.filter((t) => set.has(t));
}
