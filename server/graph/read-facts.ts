// The facts of a view (nodes and relationships by key) with every citation, as CSV rows.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { FactsRequest, SourceSummary } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { FACT_EDGES, FACT_NODES, FACT_SOURCES } from '../db/cypher/facts.ts';
import { sourceSummary } from './citations.ts';
import { factsCsv, type Fact } from './facts-csv.ts';

/** Keys that match nothing are skipped: the CSV holds what exists, in the order asked for. */
export async function readFactsCsv(db: GraphDatabase, req: FactsRequest): Promise<string> {
  const [nodeRecs, edgeRecs] = await Promise.all([
    req.nodes.length ? db.read(FACT_NODES, { keys: req.nodes }) : [],
    req.edges.length ? db.read(FACT_EDGES, { keys: req.edges, nodeKeys: req.nodes }) : [],
  ]);
  const byKey = new Map<string, Fact>();
  for (const r of nodeRecs) {
    const n = r.get('n') as Neo4jNode;
    const key = String(n.properties.id);
    const kind = String(r.get('entityType'));
    byKey.set(`n:${key}`, {
      kind,
      key,
      subject: String(n.properties.name ?? key),
      relationship: '',
      object: '',
      props: n.properties,
    });
  }
  for (const r of edgeRecs) {
    const rel = r.get('r') as Relationship;
    const key = String(rel.properties.id);
    byKey.set(`e:${key}`, {
      kind: 'relationship',
      key,
      subject: String(r.get('subject')),
      relationship: String(r.get('relType')),
      object: String(r.get('object')),
      props: rel.properties,
    });
  }
  const facts = [...req.nodes.map((k) => byKey.get(`n:${k}`)), ...req.edges.map((k) => byKey.get(`e:${k}`))].filter(
    (f): f is Fact => f !== undefined,
  );
  const ids = [...new Set(facts.flatMap((f) => (f.props.source_ids as string[] | undefined) ?? []))];
  const sourceRecs = ids.length ? await db.read(FACT_SOURCES, { ids }) : [];
  const sources = new Map<string, SourceSummary>();
  for (const r of sourceRecs) {
    const s = sourceSummary((r.get('s') as Neo4jNode).properties);
    sources.set(s.key, s);
  }
  return factsCsv(facts, sources);
}
