// Verbs that grow and shrink the scene: expand a node (and ask for more when capped), collapse it again.
import { api } from '../api/http.ts';
import { nodesToCollapse } from '../graph/collapse.ts';
import { mergeSubgraph } from '../graph/graph-model.ts';
import { actions, view } from '../state/store.ts';
import { DEFAULT_NEIGHBOURS, MAX_NEIGHBOURS } from '../state/view-state.ts';
import { graph, layout, loadInBulk } from './graph-instance.ts';
import { capOf, type LoadOptions } from './load-scene.ts';
import { track } from './track.ts';
import { own } from '../state/own.ts';

const BULK_ABOVE = 2000;

/** Adds a node's neighbours (up to `limit`, by default the reader's setting) to the view, placed around it. */
export async function expand(key: string, limit?: number, opts: LoadOptions = {}): Promise<boolean> {
  const n = limit ?? view.value.expandLimit;
  const payload = await track(() => api.neighbourhood(key, 1, n));
  if (!payload) return false;
  // Below this, sigma's own one-by-one indexing is cheaper than indexing the whole view again.
  if (payload.nodes.length + payload.edges.length > BULK_ABOVE) loadInBulk(() => mergeSubgraph(graph, payload, key));
  else mergeSubgraph(graph, payload, key);
  const brought = payload.nodes.map((x) => x.key);
  // The step keeps any limit but the default, so a shared link asks for exactly the same.
  actions.expanded(key, capOf(payload), brought, n === DEFAULT_NEIGHBOURS ? undefined : n);
  if (!opts.quiet) layout.start();
  return true;
}

/** "n more": asks again for this node's neighbours, as many more as the reader's setting. */
export function showMore(key: string): Promise<boolean> {
  const per = view.value.expandLimit;
  const limit = Math.min(MAX_NEIGHBOURS, (own(view.value.capped, key)?.shown ?? per) + per);
  return expand(key, limit);
}

/** Removes what `key`'s expansion alone brought (see graph/collapse.ts); returns the keys removed. */
export function collapse(key: string): string[] {
  const removed = nodesToCollapse(graph, key, view.value);
  for (const n of removed) graph.dropNode(n);
  actions.collapsed(key, removed);
  return removed;
}

/** Whether the node's neighbourhood is in view (so the page offers Collapse rather than Expand). */
export const isExpanded = (key: string) => view.value.expanded.includes(key);
