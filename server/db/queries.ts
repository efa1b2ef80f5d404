// Every Cypher statement the API runs, as named constants with $parameters. Nothing here is assembled from input.
import { FULLTEXT_INDEX } from '../../seed/cypher.ts';

export { FULLTEXT_INDEX };

/** The entity's own label, without the :Entity marker every node carries. */
const LABEL_OF = (v: string) => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

export const DATASET_INFO = `
MATCH (d:Dataset {id: 'story'})
RETURN toString(d.seeded_at) AS seededAt, d.nodes AS nodes, d.relationships AS relationships`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
WHERE node:Entity
RETURN node.id AS key, ${LABEL_OF('node')} AS entityType, node.name AS name, node.kind AS kind,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, size(node.name)
LIMIT $limit`;

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

/**
 * Neighbours within depth hops, nearest first and then best connected, so a capped answer keeps what matters most.
 * Variable-length bounds cannot be parameters, hence one statement per depth.
 */
const neighbours = (depth: 1 | 2 | 3) => `
MATCH (c:Entity {id: $key})
MATCH p = (c)-[*1..${depth}]-(n:Entity)
WHERE n <> c
WITH c, n, min(length(p)) AS dist
WITH c, n, dist, COUNT { (n)--() } AS degree
ORDER BY dist, degree DESC, n.id
WITH c, collect({n: n, dist: dist}) AS ranked
RETURN c, ${LABEL_OF('c')} AS centerType,
       [x IN ranked[0..$limit] | {n: x.n, entityType: ${LABEL_OF('x.n')}}] AS kept,
       [x IN ranked[$limit..] | ${LABEL_OF('x.n')}] AS omittedTypes`;

export const NEIGHBOURS = { 1: neighbours(1), 2: neighbours(2), 3: neighbours(3) } as const;

/** Relationships among a set of entities, capped: the nodes are already bounded, this bounds the edges too. */
export const EDGES_AMONG = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $keys AND b.id IN $keys
RETURN a.id AS source, b.id AS target, r
LIMIT $edgeLimit`;
