// Cypher for /api/nodes/:key/neighborhood, bounded for 100k-node graphs: a small centre is read whole; a hub gets
// per-type degrees (cheap) and a stratified sample of its relationships (at most $take.<TYPE> of each type); further
// hops and the edges among kept nodes are capped per node. No statement reads a hub's every relationship.
import { RELATIONSHIP_TYPES } from '../../../seed/model/relationship-types.ts';
import { DEGREE_BY_TYPE } from './degrees.ts';
import { LABEL_OF } from './labels.ts';
import { SLIM, SLIM_OF } from './slim.ts';

/**
 * What a hop hands back, from `ranked` (its candidates, best first, as node and relationship references): the nodes
 * kept, materialised only now, the next frontier, what was left out by label, and (only when another hop follows)
 * every candidate key so the next hop can skip them. Projecting every candidate's properties up front cost a 2,000-link
 * sample over 256 MiB of transaction memory; references cost a few bytes each.
 */
const HOP_RESULT = `
RETURN [x IN ranked[0..$keep] | {key: x.n.id, entityType: x.label, props: ${SLIM_OF('x.n')},
         rels: [r IN x.rs | {props: ${SLIM('r')}, type: type(r), source: startNode(r).id, target: endNode(r).id}]}] AS kept,
       [x IN ranked[0..$frontierSize] | {key: x.n.id, degree: x.degree}] AS frontier,
       COLLECT { UNWIND ranked[$keep..] AS x WITH x.label AS label, count(*) AS count RETURN {label: label, count: count} } AS omitted,
       CASE WHEN $moreHops THEN [x IN ranked | x.n.id] ELSE [] END AS candidateKeys,
       size(ranked) AS candidateCount`;

/** The centre, its degree (one getDegree), and the graph's size (a count-store read) to cap estimates. */
export const NEIGHBOURHOOD_CENTRE = `
MATCH (c:Entity {id: $key})
RETURN c, ${LABEL_OF('c')} AS centerType, COUNT { (c)--() } AS degree, COUNT { (:Entity) } AS entities`;

/** A hub's relationships by type, each from the node's degree counts: what the sample is shared out by. */
export const CENTRE_DEGREES = `
MATCH (c:Entity {id: $key})
RETURN ${DEGREE_BY_TYPE('c')} AS degreeByType`;

/** Candidates ranked by degree, each with the relationships that reached it; then HOP_RESULT. */
const RANK_FIRST_HOP = `
WITH n, collect(r) AS rs
WITH n, rs, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
WITH collect({n: n, rs: rs, label: ${LABEL_OF('n')}, degree: degree}) AS ranked
WITH ranked, COLLECT {
  UNWIND ranked AS x UNWIND x.rs AS r
  WITH type(r) AS type, x.label AS label, count(*) AS count RETURN {type: type, label: label, count: count}
} AS sampled
${HOP_RESULT}, sampled`;

/** Every relationship of a centre whose whole degree fits the budget (checked by the caller): exact, and cheap to plan. */
export const FIRST_HOP_ALL = `
MATCH (c:Entity {id: $key})
MATCH (c)-[r]-(n:Entity)
${RANK_FIRST_HOP}`;

/**
 * A hub: one branch per type, each stopping after its share of the budget ($take.<TYPE>), since a typed expansion
 * reads only that type's relationships. Twenty branches take the planner a moment, once; the plan is cached.
 */
export const FIRST_HOP_SAMPLED = `
MATCH (c:Entity {id: $key})
CALL (c) {
  ${RELATIONSHIP_TYPES.map((t) => `MATCH (c)-[r:${t}]-(n:Entity) RETURN n, r LIMIT $take.${t}`).join('\n  UNION ALL\n  ')}
}
${RANK_FIRST_HOP}`;

/**
 * One more hop from a ranked frontier: at most $perNode relationships from each frontier node, in frontier order,
 * so the work is bounded by size($frontier) × $perNode whatever the degrees. Nodes already seen are skipped.
 */
export const NEXT_HOP = `
UNWIND $frontier AS k
MATCH (f:Entity {id: k})
CALL (f) { MATCH (f)--(m:Entity) RETURN m LIMIT $perNode }
WITH DISTINCT m
WHERE NOT m.id IN $seen
WITH m, COUNT { (m)--() } AS degree
ORDER BY degree DESC, m.id
WITH collect({n: m, rs: [], label: ${LABEL_OF('m')}, degree: degree}) AS ranked
${HOP_RESULT}`;

/**
 * Relationships among the kept nodes: from each, at most $scan relationships are looked at. An edge is found when
 * either end has it among its first $scan; only edges between two nodes that both have more are missed.
 */
export const EDGES_AMONG = `
UNWIND $keys AS k
MATCH (a:Entity {id: k})
WITH collect(a) AS kept
UNWIND kept AS a
CALL (a, kept) { MATCH (a)-[r]-(b:Entity) WITH r, b LIMIT $scan WHERE b IN kept RETURN r }
WITH DISTINCT r
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, ${SLIM('r')} AS props
LIMIT $edgeLimit`;
