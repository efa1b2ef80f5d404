// The part of the graph in view (filters applied) as a plain copy: domain attributes and positions, nothing of display.
import type { EntityAttributes, PropertyValue, RelationAttributes } from '../../../server/contract.ts';
import { createGraph, type ExplorerGraph } from '../graph/graph-model.ts';
import { isEdgeVisible, isNodeVisible } from '../graph/visibility.ts';
import type { Filters } from '../state/view-state.ts';

/** Layout bookkeeping that is not worth exporting. */
const LAYOUT_ONLY = new Set(['fixed']);

export function viewGraph(graph: ExplorerGraph, filters: Filters): ExplorerGraph {
  const out = createGraph();
  graph.forEachNode((key, a) => {
    if (!isNodeVisible(a, filters)) return;
    const attrs = Object.fromEntries(Object.entries(a).filter(([k]) => !LAYOUT_ONLY.has(k)));
    out.addNode(key, attrs as typeof a);
  });
  graph.forEachEdge((key, a, s, t) => {
    if (out.hasNode(s) && out.hasNode(t) && isEdgeVisible(a, filters)) out.addEdgeWithKey(key, s, t, { ...a });
  });
  return out;
}

/** Formats that only hold scalars (GEXF, GraphML, CSV) get lists as "a; b; c". */
export function flatten(attrs: EntityAttributes | RelationAttributes): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs) as [string, PropertyValue | undefined][]) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join('; ') : v;
  }
  return out;
}
