// The page's one graph, its layout runner and (once mounted) its sigma renderer; structure changes bump the state.
import type Sigma from 'sigma';
import type { RelationAttributes } from '../../../server/contract.ts';
import { createGraph, type NodeAttributes } from '../graph/graph-model.ts';
import { LayoutRunner } from '../graph/layout.ts';
import { actions } from '../state/store.ts';

export type ExplorerSigma = Sigma<NodeAttributes, RelationAttributes>;

export const graph = createGraph();

/** Set by the graph view when sigma is mounted (B's map layer syncs to its camera). */
export const renderer: { current: ExplorerSigma | null } = { current: null };

export const layout = new LayoutRunner(graph, (running) => {
  // A drag froze the frame; a new layout run or a new scene lets it follow the graph again.
  if (running) renderer.current?.setCustomBBox(null);
  actions.layoutChanged(running);
});
graph.on('cleared', () => {
  renderer.current?.setCustomBBox(null);
  layout.release();
});
graph.on('nodeDropped', ({ key }) => layout.release(key));

// Structure changes (not position updates) are what the legend, counters and metrics care about; one bump per frame.
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
