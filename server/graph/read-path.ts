// The shortest connections between two entities as one subgraph, with each path's keys in walking order.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { EntityLabel, PathResponse, PathSteps, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { PATH_ENDPOINTS, PATHS, pathFilter } from '../db/cypher/path.ts';
import { AppError } from '../http/app-error.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';

export interface PathQuery {
  from: string;
  to: string;
  /** Most hops a path may have (1…6). */
  max: number;
  /** Only relationships (and entities) valid on this ISO day. */
  date?: string;
  /** Only these relationship types (already checked against the closed list). */
  types?: RelationshipType[];
  /** Most paths returned. */
  limit: number;
}

interface PathRecord {
  nodes: { n: Neo4jNode; entityType: EntityLabel }[];
  rels: { r: Relationship; source: string; target: string }[];
}

export async function readPath(db: GraphDatabase, q: PathQuery): Promise<PathResponse> {
  const [ends] = await db.read(PATH_ENDPOINTS, { from: q.from, to: q.to });
  for (const [side, key] of [
    ['a', q.from],
    ['b', q.to],
  ] as const)
    if (!ends?.get(side)) throw AppError.notFound(`No entity has the key "${key}".`);

  const builder = new SubgraphBuilder();
  builder.addNode(ends!.get('fromType') as EntityLabel, ends!.get('a') as Neo4jNode);
  builder.addNode(ends!.get('toType') as EntityLabel, ends!.get('b') as Neo4jNode);

  const records = await db.read(PATHS[`${q.max} ${pathFilter({ types: q.types, day: q.date })}`]!, {
    from: q.from,
    to: q.to,
    day: q.date ?? null,
    types: q.types ?? null,
    // One more than asked tells us whether there were more.
    limit: q.limit + 1,
  });
  const paths: PathSteps[] = [];
  for (const rec of records.slice(0, q.limit)) {
    const { nodes, rels } = rec.toObject() as unknown as PathRecord;
    for (const { n, entityType } of nodes) builder.addNode(entityType, n);
    for (const { r, source, target } of rels) builder.addEdge(source, target, r);
    paths.push({
      nodes: nodes.map((x) => String(x.n.properties.id)),
      edges: rels.map((x) => String(x.r.properties.id)),
    });
  }
  const shown = builder.keys().length;
  return {
    from: q.from,
    to: q.to,
    length: paths[0] ? paths[0].edges.length : null,
    paths,
    truncated: records.length > q.limit,
    graph: builder.build({
      truncated: records.length > q.limit,
      totalNodes: shown,
      shownNodes: shown,
      omittedByType: {},
    }),
  };
}
