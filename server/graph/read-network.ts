// The faction network: every group or state with an alignment, backing, membership or lineage tie to another.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { RelationshipType, Subgraph } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { NETWORK_FACTIONS, NETWORK_ROWS, NETWORK_TIES } from '../db/cypher/network.ts';
import { recordFromRows } from '../db/record-from-rows.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';

export interface NetworkQuery {
  types: readonly RelationshipType[];
  /** Most factions returned. */
  limit: number;
}

/** A few ties per faction is what a reader can follow; the story has about two. */
const TIES_PER_FACTION = 20;

export async function readNetwork(db: GraphDatabase, q: NetworkQuery): Promise<Subgraph> {
  const rec = recordFromRows(await db.read(NETWORK_FACTIONS, { types: q.types, limit: q.limit }), NETWORK_ROWS);
  const kept = (rec?.get('kept') as Neo4jNode[] | undefined) ?? [];
  const total = Number(rec?.get('total') ?? 0);

  const builder = new SubgraphBuilder();
  for (const n of kept) builder.addNode('Faction', n);
  const keys = builder.keys();
  const edgeLimit = Math.max(1, keys.length * TIES_PER_FACTION);
  const ties = await db.read(NETWORK_TIES, { keys, types: q.types, edgeLimit });
  for (const t of ties)
    builder.addEdge(t.get('source') as string, t.get('target') as string, t.get('r') as Relationship);

  return builder.build({
    truncated: total > kept.length || ties.length >= edgeLimit,
    totalNodes: total,
    shownNodes: kept.length,
    omittedByType: total > kept.length ? { Faction: total - kept.length } : {},
  });
}
