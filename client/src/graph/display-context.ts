// Gathers what the reducers need from the view state and the graph once per state change (sizes, curves, communities).
import type { ViewState } from '../state/view-state.ts';
import { communitiesFor, type Communities } from './communities.ts';
import type { DisplayContext } from './display.ts';
import type { ExplorerGraph } from './graph-model.ts';
import { nodeSizes } from './metrics.ts';
import { curvatureOf } from './curvature.ts';
import { parallelIndexFor } from './parallel-edges.ts';
import { ENTITY_COLORS, FACTION_KIND_COLORS, nodeSize } from './style.ts';
import { isNodeVisible } from './visibility.ts';
import { isLargeView } from './large-graph-rendering.ts';

/** The communities of the current view (for the legend), or null when they are not asked for. */
export function currentCommunities(graph: ExplorerGraph, v: ViewState): Communities | null {
  if (!v.communities) return null;
  const visible = (n: string) => isNodeVisible(graph.getNodeAttributes(n), v.filters);
  return communitiesFor(graph, visible, `${v.graphRevision}|${graph.order}|${graph.size}|${JSON.stringify(v.filters)}`);
}

/** The colour a node is drawn in: its community's when they are shown, its kind's in the network, else its type's. */
function nodeColour(communities: Communities | null, v: ViewState): DisplayContext['colorOf'] {
  return (n, a) => {
    if (communities) return communities.of.get(n)?.color ?? ENTITY_COLORS[a.entityType];
    if (v.mode === 'network' && a.entityType === 'Faction' && typeof a.kind === 'string')
      return FACTION_KIND_COLORS[a.kind] ?? ENTITY_COLORS.Faction;
    return ENTITY_COLORS[a.entityType] ?? '#999';
  };
}

/** The same colour outside the renderer (the legend's swatches), from the same description. */
export const nodeColourIn = (graph: ExplorerGraph, v: ViewState) => nodeColour(currentCommunities(graph, v), v);

export function buildDisplayContext(graph: ExplorerGraph, v: ViewState): DisplayContext {
  const sizes = nodeSizes(graph, v.sizeBy, v.graphRevision);
  const large = isLargeView(graph);
  // A big view draws every edge as a straight line (large-graph-rendering.ts): no curves to index.
  const parallel = large ? null : parallelIndexFor(graph, v.graphRevision);
  const communities = currentCommunities(graph, v);
  const path = v.highlightedPath !== null ? v.paths?.[v.highlightedPath] : undefined;
  const hovered = v.hovered && graph.hasNode(v.hovered) ? v.hovered : null;
  return {
    filters: v.filters,
    selection: v.selection,
    hovered,
    nearHover: hovered ? new Set([hovered, ...graph.neighbors(hovered)]) : null,
    hoverEdges: hovered ? new Set(graph.edges(hovered)) : null,
    highlight: path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : null,
    pinned: new Set(Object.keys(v.pinned)),
    focus: v.focus,
    labelled: new Set([...(v.focus ? [v.focus] : []), ...(v.paths ?? []).flatMap((p) => p.nodes)]),
    labelledEdges: new Set((v.paths ?? []).flatMap((p) => p.edges)),
    sizeOf: (n) => sizes.get(n) ?? nodeSize(graph.degree(n)),
    colorOf: nodeColour(communities, v),
    curvatureOf: (e) => (parallel ? curvatureOf(parallel.get(e)) : 0),
    hoverDimsOthers: !large,
    plain: large,
    edgesHidden: v.placingNodes,
  };
}

/** One context per state object: sigma calls the reducers once per node and edge, all from the same state. */
export function memoContext(graph: ExplorerGraph, getView: () => ViewState): () => DisplayContext {
  let memo: { v: ViewState; ctx: DisplayContext } | null = null;
  return () => {
    const v = getView();
    if (memo?.v !== v) memo = { v, ctx: buildDisplayContext(graph, v) };
    return memo.ctx;
  };
}
