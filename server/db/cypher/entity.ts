// Cypher for one entity or one relationship with its sources.
import { LABEL_OF } from './labels.ts';

export const ENTITY = `
MATCH (n:Entity {id: $key})
RETURN n, ${LABEL_OF('n')} AS entityType,
       COLLECT { MATCH (n)-[r]-(:Entity) WITH type(r) AS relType, count(*) AS count RETURN {relType: relType, count: count} } AS counts,
       COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(n.source_ids, []) RETURN s } AS sources`;

export const RELATIONSHIP = `
MATCH (a:Entity)-[r {id: $key}]->(b:Entity)
RETURN r, a.id AS source, a.name AS sourceName, ${LABEL_OF('a')} AS sourceType,
       b.id AS target, b.name AS targetName, ${LABEL_OF('b')} AS targetType,
       COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(r.source_ids, []) RETURN s } AS sources
LIMIT 1`;
