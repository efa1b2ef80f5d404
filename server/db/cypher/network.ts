// Cypher for /api/network/factions: groups and states joined by alignment, backing, membership and lineage.
import type { RelationshipType } from '../../../seed/model/relationship-types.ts';
import { asRows } from './as-rows.ts';

/** The relationships of the faction network (between two Factions only), in the legend's order. */
export const NETWORK_TYPES = [
  'ALLIED_WITH',
  'OPPOSES',
  'BACKS',
  'PART_OF',
  'SUCCEEDED',
  'SPLIT_FROM',
  'MERGED_INTO',
  'AFFILIATED_WITH',
  'FOUNDED',
] as const satisfies readonly RelationshipType[];

/**
 * Naming the types in the pattern lets Neo4j walk only those relationship groups of a dense node, not every
 * relationship (a hub group has tens of thousands of members): half the time at 100k nodes. $types still narrows it.
 */
const TYPED = NETWORK_TYPES.join('|');

/** Factions with at least one such tie, best connected first, so a capped answer keeps the hubs. */
export const NETWORK_FACTIONS = `
MATCH (f:Faction)
WITH f, COUNT { (f)-[r:${TYPED}]-(:Faction) WHERE type(r) IN $types } AS degree
WHERE degree > 0
ORDER BY degree DESC, f.id
WITH collect(f) AS ranked
${asRows({ total: 'size(ranked)' }, { kept: 'ranked[0..$limit]' })}`;

/** The list NETWORK_FACTIONS sends as rows, for recordFromRows. */
export const NETWORK_ROWS = ['kept'];

/** The ties among the kept factions, capped. */
export const NETWORK_TIES = `
MATCH (a:Faction)-[r:${TYPED}]->(b:Faction)
WHERE a.id IN $keys AND b.id IN $keys AND type(r) IN $types
RETURN a.id AS source, b.id AS target, r
LIMIT $edgeLimit`;
