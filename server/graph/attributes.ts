// Neo4j properties → the domain attributes the client sees: provenance lists and search keys stay server-side.
import type {
  EntityAttributes,
  EntityLabel,
  PropertyValue,
  RelationAttributes,
  RelationshipType,
} from '../contract.ts';
import { toPlain } from '../db/to-plain.ts';

const HIDDEN = new Set([
  'search_names',
  'location',
  'source_ids',
  'source_paras',
  'source_claims',
  'source_fields',
  'source_values',
  'disputed_fields',
  'dispute_note',
]);

/** The visible properties, then `extra` (which wins): one object, built once per node or relationship. */
function domain<T extends object>(props: Record<string, unknown>, extra: T): Record<string, PropertyValue> & T {
  const out: Record<string, unknown> = {};
  for (const k in props) if (!HIDDEN.has(k) && k !== 'id') out[k] = toPlain(props[k]);
  return Object.assign(out as Record<string, PropertyValue>, extra);
}

function sourceCount(props: Record<string, unknown>): number {
  return Array.isArray(props.source_ids) ? props.source_ids.length : 0;
}

export function entityAttributes(entityType: EntityLabel, props: Record<string, unknown>): EntityAttributes {
  return domain(props, { entityType, name: String(props.name ?? props.id), sourceCount: sourceCount(props) });
}

export function relationAttributes(relType: RelationshipType, props: Record<string, unknown>): RelationAttributes {
  return domain(props, { relType, sourceCount: sourceCount(props) });
}
