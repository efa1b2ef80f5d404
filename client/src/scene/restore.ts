// Opening a shared link: the view's settings from the URL, then the scene replayed step by step, then pins and selection.
import { actions } from '../state/store.ts';
import { DEFAULT_NEIGHBOURS } from '../state/view-state.ts';
import type { UrlView } from '../state/url-state.ts';
import { expand, collapse } from './expand-collapse.ts';
import { graph, layout } from './graph-instance.ts';
import { findPaths, openEntity, openNetwork } from './load-scene.ts';
import { pin } from './pins.ts';

/** Rebuilds the view a link describes; a step naming something no longer in the data is skipped, and said so. */
export async function restoreView(v: UrlView): Promise<void> {
  actions.applyUrlSettings(v);
  const quiet = { quiet: true };
  const base = v.scene;
  // A link may hold only steps (entities added to an empty view): they replay without a base.
  const loaded = !base
    ? true
    : base.kind === 'entity'
      ? await openEntity(base.key, { ...quiet, limit: base.limit ?? DEFAULT_NEIGHBOURS })
      : base.kind === 'network'
        ? await openNetwork(quiet)
        : await findPaths(base, quiet);
  if (!loaded) return;
  for (const step of v.steps) {
    if (step.op === 'expand')
      await expand(step.key, {
        limit: step.limit ?? DEFAULT_NEIGHBOURS,
        ...(step.types ? { types: step.types } : {}),
        quiet: true,
      });
    else if (graph.hasNode(step.key)) collapse(step.key);
  }
  for (const [key, p] of Object.entries(v.pinned)) pin(key, p.x, p.y);
  actions.select(v.selection);
  // A path scene keeps its top-to-bottom drawing until something is added to it.
  if (base?.kind !== 'path' || v.steps.length) layout.start();
}
