// sigma settings for big views, switched on and off as the graph grows and shrinks: no edge picking or edge labels,
// edges and labels hidden while the camera moves, fewer labels (points and plain lines are chosen by the reducers,
// display.ts). Below the threshold the page draws exactly as configured in renderer.ts.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { ExplorerGraph, NodeAttributes } from './graph-model.ts';

type ExplorerSigma = Sigma<NodeAttributes, RelationAttributes>;

/** Where drawing every edge as an arrow, with picking, starts to cost frames (measured: README, performance). */
export const LARGE_RENDERING = { nodes: 2000, edges: 4000 };

export const isLargeView = (graph: ExplorerGraph) =>
  graph.order > LARGE_RENDERING.nodes || graph.size > LARGE_RENDERING.edges;

const LARGE: Partial<Settings> = {
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  enableEdgeEvents: false,
  renderEdgeLabels: false,
  labelDensity: 0.5,
  labelRenderedSizeThreshold: 10,
};

export function adaptRenderingToSize(sigma: ExplorerSigma, graph: ExplorerGraph): void {
  const small: Partial<Settings> = {};
  for (const k of Object.keys(LARGE) as (keyof Settings)[]) (small as Record<string, unknown>)[k] = sigma.getSetting(k);
  let isLarge = false;
  let queued = false;
  const check = () => {
    queued = false;
    const now = isLargeView(graph);
    if (now === isLarge) return;
    isLarge = now;
    sigma.setSettings(now ? LARGE : small);
  };
  // Imports add nodes one by one: decide once per frame, before sigma draws that frame.
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(check);
  };
  const events = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared'] as const;
  for (const e of events) graph.on(e, schedule);
  sigma.on('kill', () => {
    for (const e of events) graph.off(e, schedule);
  });
}
