// Cypher for /api/nodes/:key/neighborhood, bounded for 100k-node graphs: a small centre is read whole, with its edges
// for a one-hop view (one statement in all); a hub gets per-type degrees (cheap) and a stratified sample of its
// relationships (at most $take.<TYPE> of each type); further hops and the edges among kept nodes are capped per node.
// $types (null for all) narrows a view to some relationship types. No statement reads a hub's every relationship.
import { RELATIONSHIP_TYPES } from '../../../seed/model/relationship-types.ts';
import { asRows } from './as-rows.ts';
import { DEGREE_BY_TYPE } from './degrees.ts';
import { LABEL_OF } from './labels.ts';
import { EDGES_AMONG_OF } from './neighbourhood-edges.ts';
import { SLIM, SLIM_OF } from './slim.ts';

/**
 * What a hop hands back, from `ranked` (its candidates, best first, as node and relationship references): the nodes
 * kept, materialised only now, the next frontier, what was left out by label, and (only when another hop follows)
 * every candidate key so the next hop can skip them. Projecting every candidate's properties up front cost a 2,000-link
 * sample over 256 MiB of transaction memory; references cost a few bytes each. The long lists go out as rows.
 */
const HOP_HEAD = {
  frontier: '[x IN ranked[0..$frontierSize] | {key: x.n.id, degree: x.degree}]',
  omitted:
    'COLLECT { UNWIND ranked[$keep..] AS x WITH x.label AS label, count(*) AS count RETURN {label: label, count: count} }',
  candidateCount: 'size(ranked)',
};
const HOP_LISTS = {
  kept: `[x IN ranked[0..$keep] | {key: x.n.id, entityType: x.label, props: ${SLIM_OF('x.n')},
         rels: [r IN x.rs | {props: ${SLIM('r')}, type: type(r), source: startNode(r).id, target: endNode(r).id}]}]`,
  candidateKeys: 'CASE WHEN $moreHops THEN [x IN ranked | x.n.id] ELSE [] END',
};

/** The lists each neighbourhood statement sends as rows, for recordFromRows. */
export const HOP_ROWS = Object.keys(HOP_LISTS);
export const START_ROWS = [...HOP_ROWS, 'edges'];

/** Candidates from `source` (rows of n, r with c in scope) ranked by degree, each with the relationships that
 * reached it; then what was sampled, by type and label. */
const FIRST_HOP = (imports: string, source: string) => `
CALL (${imports}) {
  ${source}
  WITH n, collect(r) AS rs
  WITH n, rs, COUNT { (n)--() } AS degree
  ORDER BY degree DESC, n.id
  RETURN collect({n: n, rs: rs, label: ${LABEL_OF('n')}, degree: degree}) AS ranked
}
WITH ${imports}, ranked, COLLECT {
  UNWIND ranked AS x UNWIND x.rs AS r
  WITH type(r) AS type, x.label AS label, count(*) AS count RETURN {type: type, label: label, count: count}
} AS sampled`;

/**
 * The first statement of every neighbourhood: the centre, its degree (one getDegree) and the graph's size (a
 * count-store read, to cap estimates); a centre whose degree fits $budget is read whole here (exact, and for a
 * one-hop view with its edges: one round trip in all). A hub reads nothing more here but its degree by type, from
 * the node's relationship groups, which its sample is shared out by (FIRST_HOP_SAMPLED). A view narrowed by $types
 * goes that way too, whatever the centre's size: its take of the other types is zero.
 */
export const NEIGHBOURHOOD_START = `
MATCH (c:Entity {id: $key})
WITH c, COUNT { (c)--() } AS centreDegree
${FIRST_HOP('c, centreDegree', 'WITH c, centreDegree WHERE centreDegree <= $budget AND $types IS NULL\n  MATCH (c)-[r]-(n:Entity)')}
CALL (c, ranked) {
  WITH CASE WHEN $withEdges AND size(ranked) > 0 THEN [c] + [x IN ranked[0..$keep] | x.n] ELSE [] END AS kept
  ${EDGES_AMONG_OF('kept')}
}
${asRows(
  {
    ...HOP_HEAD,
    sampled: 'sampled',
    c: 'c',
    centerType: LABEL_OF('c'),
    degree: 'centreDegree',
    entities: 'COUNT { (:Entity) }',
    degreeByType: `CASE WHEN centreDegree > $budget OR $types IS NOT NULL THEN ${DEGREE_BY_TYPE('c')} END`,
  },
  { ...HOP_LISTS, edges: 'edges' },
)}`;

/**
 * A hub: one branch per type, each stopping after its share of the budget ($take.<TYPE>), since a typed expansion
 * reads only that type's relationships. Twenty branches take the planner a moment, once; the plan is cached.
 */
export const FIRST_HOP_SAMPLED = `
MATCH (c:Entity {id: $key})
${FIRST_HOP(
  'c',
  `CALL (c) {
    ${RELATIONSHIP_TYPES.map((t) => `MATCH (c)-[r:${t}]-(n:Entity) RETURN n, r LIMIT $take.${t}`).join('\n    UNION ALL\n    ')}
  }`,
)}
${asRows({ ...HOP_HEAD, sampled: 'sampled' }, HOP_LISTS)}`;

/**
 * One more hop from a ranked frontier: at most $perNode relationships from each frontier node, in frontier order,
 * so the work is bounded by size($frontier) × $perNode whatever the degrees. Nodes already seen are skipped.
 */
export const NEXT_HOP = `
UNWIND $frontier AS k
MATCH (f:Entity {id: k})
CALL (f) { MATCH (f)-[r]-(m:Entity) WHERE $types IS NULL OR type(r) IN $types RETURN m LIMIT $perNode }
WITH DISTINCT m
WHERE NOT m.id IN $seen
WITH m, COUNT { (m)--() } AS degree
ORDER BY degree DESC, m.id
WITH collect({n: m, rs: [], label: ${LABEL_OF('m')}, degree: degree}) AS ranked
${asRows(HOP_HEAD, HOP_LISTS)}`;
