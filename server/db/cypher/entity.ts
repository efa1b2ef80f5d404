// Cypher for one entity or one relationship with its sources; both start from a unique-index seek, whatever the size.
import { RELATIONSHIP_TYPES } from '../../../seed/model/relationship-types.ts';
import { DEGREE_BY_TYPE } from './degrees.ts';
import { LABEL_OF } from './labels.ts';

/** Relationship counts come from per-type degrees: a hub's 25,000 relationships are counted, never read. */
export const ENTITY = `
MATCH (n:Entity {id: $key})
RETURN n, ${LABEL_OF('n')} AS entityType, ${DEGREE_BY_TYPE('n')} AS degreeByType,
       COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(n.source_ids, []) RETURN s } AS sources`;

/**
 * A relationship id is unique per type (one constraint, hence one index, per type): an untyped pattern would scan
 * every relationship, so each type gets its own index seek and the first hit wins.
 */
export const RELATIONSHIP = `
CALL () {
  ${RELATIONSHIP_TYPES.map((t) => `MATCH (a:Entity)-[r:${t} {id: $key}]->(b:Entity) RETURN a, r, b`).join('\n  UNION ALL\n  ')}
}
WITH a, r, b LIMIT 1
RETURN r, a.id AS source, a.name AS sourceName, ${LABEL_OF('a')} AS sourceType,
       b.id AS target, b.name AS targetName, ${LABEL_OF('b')} AS targetType,
       COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(r.source_ids, []) RETURN s } AS sources`;
