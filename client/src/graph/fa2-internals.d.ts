// Types for the internal modules of graphology-layout-forceatlas2 the precomputed layout drives directly.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 step over flat matrices: 10 floats per node (x, y, …, fixed), 3 per edge (source, target, weight). */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: ((edge: string, attributes: unknown) => number) | null,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
