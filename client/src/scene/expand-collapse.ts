// Verbs that grow and shrink the scene: expand a node (and ask for more when capped), collapse it again.
import type { RelationshipType } from '../../../server/contract.ts';
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

export interface ExpandOptions extends LoadOptions {
  /** Neighbours to ask for; the reader's setting by default. */
  limit?: number;
  /** Only through these relationship types (Bloom's "expand by relationship type"); every type by default. */
  types?: readonly RelationshipType[];
}

/** Adds a node's neighbours (up to the limit, through the types asked for) to the view, placed around it. */
export async function expand(key: string, opts: ExpandOptions = {}): Promise<boolean> {
  const n = opts.limit ?? view.value.expandLimit;
  const payload = await track(() => api.neighbourhood(key, { depth: 1, limit: n, ...pick(opts.types) }));
  if (!payload) return false;
  // Below this, sigma's own one-by-one indexing is cheaper than indexing the whole view again.
  if (payload.nodes.length + payload.edges.length > BULK_ABOVE) loadInBulk(() => mergeSubgraph(graph, payload, key));
  else mergeSubgraph(graph, payload, key);
  const brought = payload.nodes.map((x) => x.key);
  // The step keeps any limit but the default, so a shared link asks for exactly the same.
  actions.expanded(key, capOf(payload), brought, {
    ...(n === DEFAULT_NEIGHBOURS ? {} : { limit: n }),
    ...pick(opts.types),
  });
  if (!opts.quiet) layout.start();
  return true;
}

const pick = (types: readonly RelationshipType[] | undefined) => (types?.length ? { types } : {});

/** "n more": asks again for this node's neighbours, as many more as the reader's setting. */
export function showMore(key: string): Promise<boolean> {
  const per = view.value.expandLimit;
  return expand(key, { limit: Math.min(MAX_NEIGHBOURS, (own(view.value.capped, key)?.shown ?? per) + per) });
}

/** Removes what `key`'s expansion alone brought (see graph/collapse.ts); returns the keys removed. */
export function collapse(key: string): string[] {
  const removed = nodesToCollapse(graph, key, view.value);
  for (const n of removed) graph.dropNode(n);
  actions.collapsed(key, removed);
  return removed;
}

/** Whether the node's whole neighbourhood was asked for (so the page offers no plain Expand). */
export const isExpanded = (key: string) => view.value.expanded.includes(key) && !own(view.value.expandedTypes, key);

/** Whether any expansion of the node is in view, whole or through some types (so the page offers Collapse). */
export const hasExpansion = (key: string) => view.value.expanded.includes(key);
