// Verbs that start a fresh scene: around one entity, the faction network, or the paths between two entities.
import type { Subgraph } from '../../../server/contract.ts';
import { api } from '../api/http.ts';
import { mergeSubgraph } from '../graph/graph-model.ts';
import { importEdgesInSlices, yieldToPage } from '../graph/import-in-slices.ts';
import { PRECOMPUTE_ABOVE } from '../graph/large-graph.ts';
import { pathPositions } from '../graph/path-layout.ts';
import { actions, view } from '../state/store.ts';
import { DEFAULT_NEIGHBOURS, type CapInfo, type PathQuery, type SceneBase } from '../state/view-state.ts';
import { newSceneCamera } from './camera-fit.ts';
import { graph, holdGraphChanges, layout, loadInBulk, renderer } from './graph-instance.ts';
import { track } from './track.ts';

export function capOf(payload: Subgraph): CapInfo | null {
  const a = payload.attributes;
  if (!a?.truncated) return null;
  const cap: CapInfo = { shown: a.shownNodes, total: a.totalNodes, omittedByType: a.omittedByType };
  return a.estimated ? { ...cap, estimated: true } : cap;
}

export interface LoadOptions {
  /** Replaying a shared link: the layout runs once at the end, not after every step. */
  quiet?: boolean;
}

/** Resolves once the frame drawing what was just loaded has been shown (its frame callback, then the next frame's). */
const afterNextFrame = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

async function replace(base: SceneBase, payload: Subgraph, cap: CapInfo | null, opts: LoadOptions): Promise<void> {
  layout.kill();
  // A big scene draws no relationships until its nodes have positions: its nodes are drawn first, and its
  // relationships (the larger part of the import) come in after that frame, a slice per task, before the layout.
  const later = payload.nodes.length > PRECOMPUTE_ABOVE ? payload.edges : null;
  if (later) layout.awaitPositions();
  loadInBulk(() => {
    graph.clear();
    mergeSubgraph(graph, later ? { ...payload, edges: [] } : payload);
    actions.sceneLoaded(
      base,
      payload.nodes.map((n) => n.key),
      cap,
    );
  });
  // On the map the frame is geography's, whatever the scene (map-mode.ts).
  if (view.value.mode !== 'map') newSceneCamera(renderer.current);
  if (later) {
    await afterNextFrame();
    // Another scene replaced this one meanwhile; an expansion meanwhile may have brought some of these already.
    const wanted = () => view.value.scene === base;
    if (!wanted()) return;
    const release = holdGraphChanges();
    try {
      if (!(await importEdgesInSlices(graph, later, { stillWanted: wanted }))) return;
    } finally {
      release();
    }
    // The counters catch up at the end of this task; the layout's setup (a pass over every relationship) in the next.
    await yieldToPage();
    if (!wanted()) return;
  }
  if (!opts.quiet) layout.start();
}

/** Starts a fresh view around one entity and its neighbours (as many as the reader's limit, or `limit`). */
export async function openEntity(key: string, opts: LoadOptions & { limit?: number } = {}): Promise<boolean> {
  const limit = opts.limit ?? view.value.expandLimit;
  const payload = await track(() => api.neighbourhood(key, { depth: 1, limit }));
  if (!payload) return false;
  const base: SceneBase = limit === DEFAULT_NEIGHBOURS ? { kind: 'entity', key } : { kind: 'entity', key, limit };
  await replace(base, payload, capOf(payload), opts);
  return true;
}

/** The faction network: every group or state tied to another by alignment, backing, membership or lineage. */
export async function openNetwork(opts: LoadOptions = {}): Promise<boolean> {
  const payload = await track(() => api.factionNetwork());
  if (!payload) return false;
  await replace({ kind: 'network' }, payload, capOf(payload), opts);
  return true;
}

/** The shortest connections between two entities, optionally within fewer steps, through some types or one day. */
export async function findPaths(query: PathQuery, opts: LoadOptions = {}) {
  const res = await track(() => api.path(query), 'The path finder failed.');
  if (!res) return false;
  // Paths are drawn as a chain from top to bottom, not by the force layout.
  await replace({ kind: 'path', ...query }, res.graph, null, { quiet: true });
  for (const [key, at] of pathPositions(res.paths)) if (graph.hasNode(key)) graph.mergeNodeAttributes(key, at);
  actions.pathsFound(res.paths);
  if (!opts.quiet && !res.paths.length) layout.start();
  return true;
}
