// Console rows → plain JSON cells, plus one subgraph of every dataset node and relationship found anywhere in them.
import neo4j, { type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import type { CypherCell, EntityLabel, Subgraph } from '../contract.ts';
import { toPlain } from '../db/to-plain.ts';
import { SubgraphBuilder } from '../graph/subgraph-builder.ts';
import { ENTITY_LABELS } from '../../seed/model/vocabulary.ts';

/** Graph elements seen in a result, by Neo4j element id (valid inside the one transaction that read them). */
export interface Found {
  nodes: Map<string, Neo4jNode>;
  rels: Map<string, Relationship>;
}

export const emptyFound = (): Found => ({ nodes: new Map(), rels: new Map() });

/** Finds nodes and relationships inside cells, lists, maps and paths, without recursion. */
export function collectElements(values: unknown[], found: Found): void {
  const stack = [...values];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (neo4j.isNode(v)) found.nodes.set(v.elementId, v as Neo4jNode);
    else if (neo4j.isRelationship(v)) found.rels.set(v.elementId, v as Relationship);
    else if (neo4j.isPath(v)) {
      stack.push(v.start, ...v.segments.flatMap((s) => [s.relationship, s.end]));
    } else if (Array.isArray(v)) stack.push(...v);
    else if (Object.getPrototypeOf(v) === Object.prototype) stack.push(...Object.values(v));
  }
}

/** Relationships whose end nodes the rows did not include: the runner fetches those ends. */
export function missingEnds(found: Found): string[] {
  return [...found.rels.values()]
    .filter((r) => !found.nodes.has(r.startNodeElementId) || !found.nodes.has(r.endNodeElementId))
    .map((r) => r.elementId);
}

/** Size of a row as the client will receive it, for the byte cap. */
export function rowBytes(values: unknown[]): number {
  return Buffer.byteLength(JSON.stringify(values.map((v) => toPlain(v))));
}

function entityLabel(node: Neo4jNode): EntityLabel | null {
  return (ENTITY_LABELS as readonly string[]).find((l) => node.labels.includes(l)) as EntityLabel | null;
}

export function shapeRows(
  rows: unknown[][],
  found: Found,
  truncated: boolean,
): { rows: CypherCell[][]; graph: Subgraph } {
  const keyOf = new Map<string, string>();
  for (const [elementId, n] of found.nodes)
    keyOf.set(elementId, typeof n.properties.id === 'string' ? n.properties.id : elementId);
  const cells = rows.map((values) => values.map((v) => toPlain(v, keyOf)));

  // Only dataset entities and relationships, keyed by their ids, go into the drawable graph.
  const builder = new SubgraphBuilder();
  for (const n of found.nodes.values()) {
    const label = entityLabel(n);
    if (label && typeof n.properties.id === 'string') builder.addNode(label, n);
  }
  for (const r of found.rels.values()) {
    const [s, t] = [keyOf.get(r.startNodeElementId), keyOf.get(r.endNodeElementId)];
    if (s && t && typeof r.properties.id === 'string') builder.addEdge(s, t, r);
  }
  const shown = builder.keys().length;
  const graph = builder.build({ truncated, totalNodes: shown, shownNodes: shown, omittedByType: {} });
  return { rows: cells, graph };
}
