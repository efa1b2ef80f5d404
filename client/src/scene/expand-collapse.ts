// Verbs that grow and shrink the scene: expand a node (and ask for more when capped), collapse it again.
import { api } from '../api/http.ts';
import { nodesToCollapse } from '../graph/collapse.ts';
import { mergeSubgraph } from '../graph/graph-model.ts';
import { actions, view } from '../state/store.ts';
import { graph, layout } from './graph-instance.ts';
import { capOf, DEFAULT_NEIGHBOURS, type LoadOptions } from './load-scene.ts';
import { track } from './track.ts';

/** The API's own cap on one neighbourhood. */
export const MAX_NEIGHBOURS = 1000;

/** Adds a node's neighbours (up to `limit`) to the view, placed around it. */
export async function expand(key: string, limit?: number, opts: LoadOptions = {}): Promise<boolean> {
  const payload = await track(() => api.neighbourhood(key, 1, limit ?? DEFAULT_NEIGHBOURS));
  if (!payload) return false;
  mergeSubgraph(graph, payload, key);
  actions.expanded(
    key,
    capOf(payload),
    payload.nodes.map((n) => n.key),
    limit,
  );
  if (!opts.quiet) layout.start();
  return true;
}

/** "n more": asks again for this node's neighbours with a larger limit. */
export function showMore(key: string): Promise<boolean> {
  const cap = view.value.capped[key];
  const limit = Math.min(MAX_NEIGHBOURS, (cap?.shown ?? DEFAULT_NEIGHBOURS) + DEFAULT_NEIGHBOURS);
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
