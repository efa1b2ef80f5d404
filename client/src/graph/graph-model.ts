// The graph the page shows: one graphology instance, filled only by importing server subgraphs.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityAttributes, RelationAttributes, Subgraph } from '../../../server/contract.ts';

/** Positions are layout state, not data: they are added here, never sent by the server. */
export type NodeAttributes = EntityAttributes & { x: number; y: number; fixed?: boolean };

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, RelationAttributes>;

export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, RelationAttributes>({ allowSelfLoops: false });
}

/**
 * Merges a subgraph in and gives nodes that have no position yet one near `anchor` (or the origin), so the
 * layout starts from where the reader was looking. Returns the keys of the nodes that are new.
 * The positions go in with the import (not one update per node afterwards): a 50,000-node view is one pass.
 */
export function mergeSubgraph(graph: ExplorerGraph, payload: Subgraph, anchor?: string): string[] {
  const fresh = [...new Set(payload.nodes.map((n) => n.key))].filter((k) => !graph.hasNode(k));
  const origin = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : besideView(graph);
  const spread = Math.max(1, Math.sqrt(fresh.length));
  const placed = new Map<string, { x: number; y: number }>();
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    placed.set(n, {
      x: origin.x + Math.cos(angle) * spread * (1 + (i % 3) * 0.3),
      y: origin.y + Math.sin(angle) * spread * (1 + (i % 3) * 0.3),
    });
  });
  const nodes = payload.nodes.map((n) => {
    const at = placed.get(n.key);
    return at ? { ...n, attributes: { ...n.attributes, ...at } } : n;
  });
  // graphology's types want x/y on every node; the nodes already in view keep theirs (merge leaves them). Into an empty
  // graph (a fresh scene) nothing can collide, and the server sends each key once (subgraph-builder.ts): adding skips
  // merge's look-up and attribute merge per node and edge.
  const serialized = { ...payload, nodes } as unknown as SerializedGraph<NodeAttributes, RelationAttributes>;
  graph.import(serialized, graph.order > 0);
  return fresh;
}

/** Where something new and unconnected goes: just right of what is already drawn (or the origin of an empty view). */
function besideView(graph: ExplorerGraph): { x: number; y: number } {
  if (!graph.order) return { x: 0, y: 0 };
  let [maxX, minX, sumY] = [-Infinity, Infinity, 0];
  graph.forEachNode((_, { x, y }) => {
    maxX = Math.max(maxX, x);
    minX = Math.min(minX, x);
    sumY += y;
  });
  return { x: maxX + Math.max(1, (maxX - minX) * 0.3), y: sumY / graph.order };
}
