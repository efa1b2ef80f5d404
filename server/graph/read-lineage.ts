// A group's line of succession: predecessors oldest first, then the group, then its successors, with the links between.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { EntityLabel, LineageGroup, LineageLink, LineageResponse, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { LINEAGE_GROUPS, LINEAGE_LINKS, LINEAGE_MAX_STEPS } from '../db/cypher/lineage.ts';
import { firstDay } from '../../seed/model/dates.ts';
import { AppError } from '../http/app-error.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';
import { refOf } from './timeline-items.ts';

const LIMIT = 200;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function groupOf(node: Neo4jNode, generation: number | null): LineageGroup {
  const p = node.properties as Record<string, unknown>;
  const founded = str(p.founded);
  const dissolved = str(p.dissolved);
  return {
    ...refOf('Faction', p),
    ...(founded ? { founded } : {}),
    ...(dissolved ? { dissolved } : {}),
    generation,
  };
}

function linkOf(a: string, b: string, rel: Relationship): LineageLink {
  const p = rel.properties as Record<string, unknown>;
  const [date, start, end] = [str(p.date), str(p.start), str(p.end)];
  return {
    key: String(p.id),
    relType: rel.type as RelationshipType,
    source: a,
    target: b,
    ...(date ? { date } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    disputed: p.disputed === true,
  };
}

const when = (x: { date?: string; start?: string; founded?: string }) => {
  const d = x.date ?? x.start ?? x.founded;
  return d ? firstDay(d) : '9999';
};

export async function readLineage(db: GraphDatabase, key: string): Promise<LineageResponse> {
  const [rec] = await db.read(LINEAGE_GROUPS, { key, limit: LIMIT });
  if (!rec) throw AppError.notFound(`No entity has the key "${key}".`);
  const focusNode = rec.get('f') as Neo4jNode;
  const focusType = rec.get('entityType') as EntityLabel;
  const builder = new SubgraphBuilder();
  builder.addNode(focusType, focusNode);
  const groups = new Map<string, LineageGroup>();
  if (focusType === 'Faction') groups.set(key, groupOf(focusNode, 0));
  for (const { o, generation } of rec.get('groups') as { o: Neo4jNode | null; generation: unknown }[]) {
    if (!o) continue;
    builder.addNode('Faction', o);
    groups.set(String(o.properties.id), groupOf(o, Number(generation)));
  }

  const links: LineageLink[] = [];
  const affiliations: LineageLink[] = [];
  if (focusType === 'Faction')
    for (const row of await db.read(LINEAGE_LINKS, { keys: [...groups.keys()], limit: LIMIT })) {
      const [a, b] = [row.get('a') as Neo4jNode, row.get('b') as Neo4jNode];
      const rel = row.get('r') as Relationship;
      for (const n of [a, b]) {
        const k = String(n.properties.id);
        // An affiliation may reach outside the line: that group is shown beside it, not in a generation.
        if (!groups.has(k)) groups.set(k, groupOf(n, null));
        builder.addNode('Faction', n);
      }
      const link = linkOf(String(a.properties.id), String(b.properties.id), rel);
      builder.addEdge(link.source, link.target, rel);
      (rel.type === 'AFFILIATED_WITH' ? affiliations : links).push(link);
    }

  const ordered = [...groups.values()].sort(
    (x, y) =>
      (x.generation ?? Infinity) - (y.generation ?? Infinity) ||
      when(x).localeCompare(when(y)) ||
      x.name.localeCompare(y.name),
  );
  const byDate = (x: LineageLink, y: LineageLink) => when(x).localeCompare(when(y)) || x.key.localeCompare(y.key);
  return {
    focus: refOf(focusType, focusNode.properties),
    groups: ordered,
    links: links.sort(byDate),
    affiliations: affiliations.sort(byDate),
    graph: builder.build({
      truncated: groups.size >= LIMIT,
      totalNodes: groups.size,
      shownNodes: groups.size,
      omittedByType: {},
      center: key,
    }),
    maxSteps: LINEAGE_MAX_STEPS,
  };
}
