// Cypher for /api/nodes/:key/neighborhood: ranked neighbours, then the edges among them.
import { LABEL_OF } from './labels.ts';

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
