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
 */
export function mergeSubgraph(graph: ExplorerGraph, payload: Subgraph, anchor?: string): string[] {
  const before = new Set(graph.nodes());
  // The payload's nodes lack x/y until placed below; graphology's types cannot express "positions come later".
  graph.import(payload as unknown as SerializedGraph<NodeAttributes, RelationAttributes>, true);
  const fresh = graph.filterNodes((n) => !before.has(n));
  const origin = anchor && before.has(anchor) ? graph.getNodeAttributes(anchor) : besideView(graph, before);
  const spread = Math.max(1, Math.sqrt(fresh.length));
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
    graph.mergeNodeAttributes(n, {
      x: origin.x + Math.cos(angle) * spread * (1 + (i % 3) * 0.3),
      y: origin.y + Math.sin(angle) * spread * (1 + (i % 3) * 0.3),
    });
  });
  return fresh;
}

/** Where something new and unconnected goes: just right of what is already drawn (or the origin of an empty view). */
function besideView(graph: ExplorerGraph, present: Set<string>): { x: number; y: number } {
  if (!present.size) return { x: 0, y: 0 };
  let [maxX, minX, sumY] = [-Infinity, Infinity, 0];
  for (const n of present) {
    const { x, y } = graph.getNodeAttributes(n);
    maxX = Math.max(maxX, x);
    minX = Math.min(minX, x);
    sumY += y;
  }
  return { x: maxX + Math.max(1, (maxX - minX) * 0.3), y: sumY / present.size };
}
