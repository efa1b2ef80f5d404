// The subgraph around one entity, bounded for hubs: per-type degrees of the centre, a stratified sample ranked by
// degree, bounded further hops, capped edge scans; what was left out counted by type (exact, or estimated and flagged).
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { EntityLabel, Subgraph } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { EDGES_AMONG } from '../db/cypher/neighbourhood-edges.ts';
import { AppError } from '../http/app-error.ts';
import { addCounts, BOUNDS, type Counts } from './neighbourhood-budget.ts';
import { startNeighbourhood, type NeighbourhoodQuery } from './neighbourhood-first-hop.ts';
import { runHops, type Link } from './neighbourhood-hops.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';

const sum = (c: Counts<string>) => Object.values(c).reduce((a: number, b) => a + (b ?? 0), 0);

export async function readNeighbourhood(db: GraphDatabase, q: NeighbourhoodQuery): Promise<Subgraph> {
  const centre = await startNeighbourhood(db, q);
  if (!centre) throw AppError.notFound(`No entity has the key "${q.key}".`);
  const builder = new SubgraphBuilder();
  builder.addNode(centre.get('centerType') as EntityLabel, centre.get('c') as Neo4jNode);
  const hops = await runHops(db, q, centre);
  for (const k of hops.kept) builder.addNode(k.entityType, { properties: k.props });
  for (const k of hops.kept)
    for (const l of k.rels) builder.addEdge(l.source, l.target, { type: l.type, properties: l.props });

  // Estimates never claim more neighbours than the graph has.
  const shown = hops.kept.length;
  const room = Math.max(0, Number(centre.get('entities')) - 1 - shown - sum(hops.omitted));
  const unread = sum(hops.unread);
  const omittedByType = addCounts({ ...hops.omitted }, unread > room ? scale(hops.unread, room / unread) : hops.unread);
  const omitted = sum(omittedByType);

  // A few edges per node is what a reader can follow: the list stops there, and the view says it was cut.
  const cap = builder.keys().length * BOUNDS.edgesPerNode;
  const found = hops.edges ?? (await edgesAmong(db, builder.keys(), cap, q.types));
  for (const e of found.slice(0, cap)) builder.addEdge(e.source, e.target, { type: e.type, properties: e.props });

  return builder.build({
    center: q.key,
    depth: q.depth,
    truncated: omitted > 0 || found.length >= cap,
    totalNodes: shown + omitted,
    shownNodes: shown,
    omittedByType,
    ...(unread > 0 ? { estimated: true } : {}),
    centerRelationshipCounts: hops.degreeByType,
    ...(q.types ? { relationshipTypes: [...q.types] } : {}),
  });
}

/** The edges among nodes the hops read, for views the first statement could not finish (a hub, or more hops). */
async function edgesAmong(
  db: GraphDatabase,
  keys: string[],
  edgeLimit: number,
  types: NeighbourhoodQuery['types'],
): Promise<Link[]> {
  const recs = await db.read(EDGES_AMONG, { keys, scan: BOUNDS.perNode, edgeLimit, types: types ?? null });
  return recs.map((r) => r.get('edge') as Link);
}

function scale(counts: Counts<EntityLabel>, factor: number): Counts<EntityLabel> {
  const out: Counts<EntityLabel> = {};
  for (const [k, v] of Object.entries(counts) as [EntityLabel, number][]) out[k] = Math.floor(v * factor);
  return out;
}
