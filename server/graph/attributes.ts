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

function domain(props: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [k, v] of Object.entries(props)) {
    if (HIDDEN.has(k) || k === 'id') continue;
    out[k] = toPlain(v) as PropertyValue;
  }
  return out;
}

function sourceCount(props: Record<string, unknown>): number {
  return Array.isArray(props.source_ids) ? props.source_ids.length : 0;
}

export function entityAttributes(entityType: EntityLabel, props: Record<string, unknown>): EntityAttributes {
  return { ...domain(props), entityType, name: String(props.name ?? props.id), sourceCount: sourceCount(props) };
}

export function relationAttributes(relType: RelationshipType, props: Record<string, unknown>): RelationAttributes {
  return { ...domain(props), relType, sourceCount: sourceCount(props) };
}
