// The page's one graph, its layout runner and (once mounted) its sigma renderer; structure changes bump the state.
import type Sigma from 'sigma';
import type { RelationAttributes } from '../../../server/contract.ts';
import { createGraph, type NodeAttributes } from '../graph/graph-model.ts';
import { isLargeView } from '../graph/large-graph-rendering.ts';
import { LayoutRunner } from '../graph/layout.ts';
import type { Repainter } from '../graph/repaint.ts';
import { actions, view } from '../state/store.ts';
import { settleCamera } from './camera-fit.ts';

export type ExplorerSigma = Sigma<NodeAttributes, RelationAttributes>;

export const graph = createGraph();

/** Set by the graph view when sigma is mounted (B's map layer syncs to its camera). */
export const renderer: { current: ExplorerSigma | null } = { current: null };

/** Set with the renderer: when and how much sigma redraws (graph/repaint.ts). */
export const repaint: { current: Repainter | null } = { current: null };

/** A whole scene (or a big expansion) goes in while sigma looks away; it indexes the result once, next frame. */
export function loadInBulk(work: () => void): void {
  repaint.current?.detach();
  work();
}

/** Counts layout reports, so a report held back for a frame is dropped if a newer one came meanwhile. */
let reports = 0;

export const layout = new LayoutRunner(
  graph,
  (running, placing) => {
    // A drag froze the frame; a new layout run or a new scene lets it follow the graph again.
    if (running) renderer.current?.setCustomBBox(null);
    const turn = ++reports;
    const painter = repaint.current;
    if (running || !painter || isLargeView(graph)) return actions.layoutChanged(running, placing);
    // The page says the layout is done once the view is framed around the final positions: what is drawn then stays.
    painter.settled(() => {
      if (turn !== reports) return;
      if (renderer.current && view.value.mode !== 'map') settleCamera(renderer.current, graph);
      actions.layoutChanged(false, placing);
    });
  },
  (work) => loadInBulk(work),
);
graph.on('cleared', () => {
  renderer.current?.setCustomBBox(null);
  layout.release();
});
graph.on('nodeDropped', ({ key }) => layout.release(key));

// Structure changes (not position updates) are what the legend, counters and metrics care about: one bump for all the
// changes of one task (an import adds nodes one by one), in time for the frame that draws them.
let bumpQueued = false;
let holds = 0;
let heldBack = false;
const bump = () => {
  if (holds) return void (heldBack = true);
  if (bumpQueued) return;
  bumpQueued = true;
  queueMicrotask(() => {
    bumpQueued = false;
    actions.graphChanged();
  });
};
for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, bump);

/**
 * A big scene's relationships come in over several tasks (load-scene.ts); the counters and reducers would run once per
 * slice, each a pass over the whole graph. Held, they run once when the returned release is called.
 */
export function holdGraphChanges(): () => void {
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
    if (holds || !heldBack) return;
    heldBack = false;
    bump();
  };
}
