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

export const LINEAGE_GROUPS = `
MATCH (f:Entity {id: $key})
OPTIONAL CALL (f) {
  MATCH p = ANY SHORTEST (f:Faction) ${step('older')}{1,${LINEAGE_MAX_STEPS}} (o:Faction)
  WHERE o <> f
  RETURN o, -length(p) AS generation
  UNION
  MATCH p = ANY SHORTEST (f:Faction) ${step('newer')}{1,${LINEAGE_MAX_STEPS}} (o:Faction)
  WHERE o <> f
  RETURN o, length(p) AS generation
}
WITH f, o, generation LIMIT $limit
RETURN f, ${LABEL_OF('f')} AS entityType, collect({o: o, generation: generation}) AS groups`;

/** Succession links among the groups found, and every affiliation touching them (the other end may lie outside). */
export const LINEAGE_LINKS = `
MATCH (a:Faction)-[r:${SUCCESSION}|AFFILIATED_WITH]->(b:Faction)
WHERE (a.id IN $keys AND b.id IN $keys) OR (type(r) = 'AFFILIATED_WITH' AND (a.id IN $keys OR b.id IN $keys))
RETURN a, b, r
LIMIT $limit`;

/** Which of a person's groups came out of which: orders an undated membership before its successors. */
export const DESCENT_AMONG = `
UNWIND $keys AS k
MATCH (newer:Faction {id: k})
MATCH ANY SHORTEST (newer) ${step('older')}{1,${LINEAGE_MAX_STEPS}} (older:Faction)
WHERE older.id IN $keys AND older <> newer
RETURN DISTINCT newer.id AS newer, older.id AS older`;
