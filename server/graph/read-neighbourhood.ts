// The subgraph around one entity, capped by rank, with what was left out counted by type.
import type { EntityLabel, Subgraph } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { EDGES_AMONG, NEIGHBOURS } from '../db/cypher/neighbourhood.ts';
import { AppError } from '../http/app-error.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';

export interface NeighbourhoodQuery {
  key: string;
  depth: 1 | 2 | 3;
  limit: number;
}

/** Edges are bounded too: a few per node is what a reader can follow. */
const EDGES_PER_NODE = 10;

export async function readNeighbourhood(db: GraphDatabase, q: NeighbourhoodQuery): Promise<Subgraph> {
  const [rec] = await db.read(NEIGHBOURS[q.depth], { key: q.key, limit: q.limit });
  if (!rec) throw AppError.notFound(`No entity has the key "${q.key}".`);

  const builder = new SubgraphBuilder();
  builder.addNode(rec.get('centerType') as EntityLabel, rec.get('c') as Neo4jNode);
  const kept = rec.get('kept') as { n: Neo4jNode; entityType: EntityLabel }[];
  for (const { n, entityType } of kept) builder.addNode(entityType, n);

  const omittedByType: Partial<Record<EntityLabel, number>> = {};
  for (const t of rec.get('omittedTypes') as EntityLabel[]) omittedByType[t] = (omittedByType[t] ?? 0) + 1;
  const omitted = Object.values(omittedByType).reduce((a, b) => a + b, 0);

  const keys = builder.keys();
  const edgeLimit = keys.length * EDGES_PER_NODE;
  const edges = await db.read(EDGES_AMONG, { keys, edgeLimit });
  for (const e of edges)
    builder.addEdge(e.get('source') as string, e.get('target') as string, e.get('r') as Relationship);

  return builder.build({
    center: q.key,
    depth: q.depth,
    truncated: omitted > 0 || edges.length >= edgeLimit,
    totalNodes: kept.length + omitted,
    shownNodes: kept.length,
    omittedByType,
  });
}
