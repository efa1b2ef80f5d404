// What the page does, in verbs: open an entity, expand a node, select. Components call these; they touch the API, graph and store.
import type { Subgraph } from '../../server/contract.ts';
import { api, ApiError } from './api/http.ts';
import { createGraph, mergeSubgraph } from './graph/graph-model.ts';
import { LayoutRunner } from './graph/layout.ts';
import { actions } from './state/store.ts';
import type { CapInfo } from './state/view-state.ts';

export const graph = createGraph();
export const layout = new LayoutRunner(graph, (running) => actions.layoutChanged(running));

// Structure changes (not position updates) are what the legend and counters care about; one bump per frame.
let bumpQueued = false;
const bump = () => {
  if (bumpQueued) return;
  bumpQueued = true;
  requestAnimationFrame(() => {
    bumpQueued = false;
    actions.graphChanged();
  });
};
for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, bump);

/** Runs a request with the loading indicator on and any failure shown as a sentence. */
export async function track<T>(work: () => Promise<T>): Promise<T | undefined> {
  actions.requestStarted();
  try {
    return await work();
  } catch (err) {
    if ((err as Error).name !== 'AbortError')
      actions.failed(err instanceof ApiError ? err.message : 'Something went wrong loading the graph.');
    return undefined;
  } finally {
    actions.requestEnded();
  }
}

function capOf(payload: Subgraph): CapInfo | null {
  const a = payload.attributes;
  return a?.truncated ? { shown: a.shownNodes, total: a.totalNodes, omittedByType: a.omittedByType } : null;
}

/** Starts a fresh view around one entity. */
export async function openEntity(key: string): Promise<void> {
  const payload = await track(() => api.neighbourhood(key, 1, 150));
  if (!payload) return;
  layout.kill();
  graph.clear();
  actions.focus(key);
  mergeSubgraph(graph, payload);
  actions.expanded(key, capOf(payload));
  layout.start();
}

/** Adds a node's neighbours to the view, placed around it. */
export async function expand(key: string): Promise<void> {
  const payload = await track(() => api.neighbourhood(key, 1, 150));
  if (!payload) return;
  mergeSubgraph(graph, payload, key);
  actions.expanded(key, capOf(payload));
  layout.start();
}
