// How much a parallel edge bends, from its rank among the edges joining the same two nodes (pure, no WebGL needed).

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE, repeated so this stays importable outside a browser. */
const BASE_CURVATURE = 0.25;

export interface ParallelIndex {
  index: number | null;
  min: number | null;
  max: number | null;
}

/** sigma's recipe: curvature grows with the edge's rank among its parallels, and saturates for large bundles. */
export function curvatureOf(p: ParallelIndex | undefined): number {
  if (!p || p.index === null || p.max === null || p.max <= 0) return 0;
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-p.max / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * p.index) / p.max;
}
