// Several relationships between the same two nodes drawn as separate curves: @sigma/edge-curve's index, kept off the data.
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import type Graph from 'graphology';
import type { ExplorerGraph } from './graph-model.ts';

import type { ParallelIndex } from './curvature.ts';

/**
 * indexParallelEdgesIndex writes its answer as edge attributes; we hand it a view of the graph whose writes land in a
 * map instead, so colours and curves stay derived and the data stays clean.
 */
export function parallelIndex(graph: ExplorerGraph): Map<string, ParallelIndex> {
  const out = new Map<string, ParallelIndex>();
  const writer = {
    forEachNode: graph.forEachNode.bind(graph),
    forEachEdge: graph.forEachEdge.bind(graph),
    setEdgeAttribute(edge: string, name: string, value: number | null) {
      const cur = out.get(edge) ?? { index: null, min: null, max: null };
      out.set(edge, { ...cur, [name]: value });
    },
  };
  indexParallelEdgesIndex(writer as unknown as Graph, {
    edgeIndexAttribute: 'index',
    edgeMinIndexAttribute: 'min',
    edgeMaxIndexAttribute: 'max',
  });
  return out;
}

let cached: { revision: number; size: number; index: Map<string, ParallelIndex> } | null = null;

export function parallelIndexFor(graph: ExplorerGraph, revision: number): Map<string, ParallelIndex> {
  if (!cached || cached.revision !== revision || cached.size !== graph.size)
    cached = { revision, size: graph.size, index: parallelIndex(graph) };
  return cached.index;
}
