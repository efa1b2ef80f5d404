// Node sizes by degree or PageRank, computed on the current graph and cached per graph revision (derived, never stored).
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { SizeBy } from '../state/view-state.ts';
import type { ExplorerGraph } from './graph-model.ts';
import { nodeSize, relativeSize } from './style.ts';

let cached: { revision: number; by: SizeBy; order: number; sizes: Map<string, number> } | null = null;

function compute(graph: ExplorerGraph, by: SizeBy): Map<string, number> {
  const sizes = new Map<string, number>();
  if (by === 'degree') {
    graph.forEachNode((n) => sizes.set(n, nodeSize(graph.degree(n))));
    return sizes;
  }
  let scores: Record<string, number>;
  try {
    // Directed, as the data: rank flows along each relationship, so a client many sponsors back, or a group many
    // others succeeded or joined, ranks high.
    scores = pagerank(graph, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-6 });
  } catch {
    // PageRank may not converge on odd graphs: fall back to degree rather than fail the drawing.
    return compute(graph, 'degree');
  }
  const max = Math.max(0, ...Object.values(scores));
  for (const [n, v] of Object.entries(scores)) sizes.set(n, relativeSize(v, max));
  return sizes;
}

/** Sizes for every node; recomputed only when the graph's structure (revision) or the measure changes. */
export function nodeSizes(graph: ExplorerGraph, by: SizeBy, revision: number): Map<string, number> {
  if (!cached || cached.revision !== revision || cached.by !== by || cached.order !== graph.order)
    cached = { revision, by, order: graph.order, sizes: compute(graph, by) };
  return cached.sizes;
}
