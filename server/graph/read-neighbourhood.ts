// The subgraph around one entity, bounded for hubs: per-type degrees of the centre, a stratified sample ranked by
// degree, bounded further hops, capped edge scans; what was left out counted by type (exact, or estimated and flagged).
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { EntityLabel, Subgraph } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { EDGES_AMONG, NEIGHBOURHOOD_CENTRE } from '../db/cypher/neighbourhood.ts';
import { AppError } from '../http/app-error.ts';
import { addCounts, type Counts } from './neighbourhood-budget.ts';
import { BOUNDS, runHops } from './neighbourhood-hops.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';

export interface NeighbourhoodQuery {
  key: string;
  depth: 1 | 2 | 3;
  limit: number;
}

const sum = (c: Counts<string>) => Object.values(c).reduce((a: number, b) => a + (b ?? 0), 0);

export async function readNeighbourhood(db: GraphDatabase, q: NeighbourhoodQuery): Promise<Subgraph> {
  const [centre] = await db.read(NEIGHBOURHOOD_CENTRE, { key: q.key });
  if (!centre) throw AppError.notFound(`No entity has the key "${q.key}".`);
  const builder = new SubgraphBuilder();
  builder.addNode(centre.get('centerType') as EntityLabel, centre.get('c') as Neo4jNode);
  const hops = await runHops(db, q, Number(centre.get('degree')));
  for (const k of hops.kept) builder.addNode(k.entityType, { properties: k.props });
  for (const k of hops.kept)
    for (const l of k.rels) builder.addEdge(l.source, l.target, { type: l.type, properties: l.props });

  // Estimates never claim more neighbours than the graph has.
  const shown = hops.kept.length;
  const room = Math.max(0, Number(centre.get('entities')) - 1 - shown - sum(hops.omitted));
  const unread = sum(hops.unread);
  const omittedByType = addCounts({ ...hops.omitted }, unread > room ? scale(hops.unread, room / unread) : hops.unread);
  const omitted = sum(omittedByType);

  const keys = builder.keys();
  const edgeLimit = keys.length * BOUNDS.edgesPerNode;
  const edges = await db.read(EDGES_AMONG, { keys, scan: BOUNDS.perNode, edgeLimit });
  for (const e of edges)
    builder.addEdge(e.get('source') as string, e.get('target') as string, {
      type: e.get('type') as string,
      properties: e.get('props') as Record<string, unknown>,
    });

  return builder.build({
    center: q.key,
    depth: q.depth,
    truncated: omitted > 0 || edges.length >= edgeLimit,
    totalNodes: shown + omitted,
    shownNodes: shown,
    omittedByType,
    ...(unread > 0 ? { estimated: true } : {}),
    centerRelationshipCounts: hops.degreeByType,
  });
}

function scale(counts: Counts<EntityLabel>, factor: number): Counts<EntityLabel> {
  const out: Counts<EntityLabel> = {};
  for (const [k, v] of Object.entries(counts) as [EntityLabel, number][]) out[k] = Math.floor(v * factor);
  return out;
}
