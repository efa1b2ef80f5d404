// Cypher for /api/nodes/:key/lineage: a group's predecessors and successors along succession links, bounded.
import { LABEL_OF } from './labels.ts';

/** Lineage steps never exceed this: enough for ISI → al-Nusra → JFS → HTS → Hurras al-Din and then some. */
export const LINEAGE_MAX_STEPS = 6;

/**
 * Succession types read in time order: (newer)-[:SUCCEEDED|SPLIT_FROM]->(older) but (older)-[:MERGED_INTO|FOUNDED]->(newer).
 * `toOlder` walks from a group to the groups it came out of; `toNewer` to the groups that came out of it.
 */
const SUCCESSION = 'SUCCEEDED|SPLIT_FROM|MERGED_INTO|FOUNDED';
const NEWER_IS_SOURCE = "['SUCCEEDED', 'SPLIT_FROM']";
const step = (towards: 'older' | 'newer') =>
  `((x:Faction)-[s:${SUCCESSION}]-(y:Faction) WHERE (startNode(s) = ${towards === 'older' ? 'x' : 'y'}) = (type(s) IN ${NEWER_IS_SOURCE}))`;

/**
 * Every group within LINEAGE_MAX_STEPS each way, with its generation (steps, negative for predecessors), nearest first.
 * Written as min(length(p)) over a plain pattern, which Neo4j plans as one breadth-first expansion that visits each
 * group once. `ANY SHORTEST` to an unbound end plans as StatefulShortestPath(All) instead: measured on the 100k graph
 * (8,000 groups, 30,000 succession links), over 45 s for a hub where this takes 0.15–0.36 s warm, and it kept burning
 * CPU for minutes after its transaction timed out.
 */
export const LINEAGE_GROUPS = `
MATCH (f:Entity {id: $key})
OPTIONAL CALL (f) {
  MATCH p = (f:Faction) ${step('older')}{1,${LINEAGE_MAX_STEPS}} (o:Faction)
  WHERE o <> f
  WITH o, min(length(p)) AS steps
  RETURN o, -steps AS generation
  UNION
  MATCH p = (f:Faction) ${step('newer')}{1,${LINEAGE_MAX_STEPS}} (o:Faction)
  WHERE o <> f
  WITH o, min(length(p)) AS steps
  RETURN o, steps AS generation
}
WITH f, o, generation
ORDER BY abs(generation), o.id, generation
LIMIT $limit
RETURN f, ${LABEL_OF('f')} AS entityType, collect({o: o, generation: generation}) AS groups`;

/**
 * Succession links among the groups found, and every affiliation touching them (the other end may lie outside), in
 * key order. Each walk starts from a group's key (an index seek) over these types only, so a hub group's tens of
 * thousands of memberships are never read; matching every such link in the graph first took a scan.
 */
export const LINEAGE_LINKS = `
UNWIND $keys AS k
MATCH (a:Faction {id: k})-[r:${SUCCESSION}|AFFILIATED_WITH]-(b:Faction)
WHERE b.id IN $keys OR type(r) = 'AFFILIATED_WITH'
WITH DISTINCT r
WITH r ORDER BY r.id LIMIT $limit
RETURN startNode(r) AS a, endNode(r) AS b, r`;

/**
 * Which of a person's groups came out of an undated one ($older), directly or not: orders that undated membership
 * before its successors. Walks from the few undated groups towards newer ones, breadth-first (see LINEAGE_GROUPS).
 */
export const DESCENT_AMONG = `
UNWIND $older AS k
MATCH (older:Faction {id: k})
CALL (older) {
  MATCH (older) ${step('newer')}{1,${LINEAGE_MAX_STEPS}} (newer:Faction)
  WITH DISTINCT newer
  WHERE newer.id IN $keys AND newer <> older
  RETURN newer
}
RETURN newer.id AS newer, older.id AS older`;
