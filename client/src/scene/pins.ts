// Pinning: a node the reader placed stays there (the layout holds `fixed` nodes); unpinning lets the layout move it.
import { actions } from '../state/store.ts';
import { graph, layout } from './graph-instance.ts';

/** Positions go in the URL: two decimals are far finer than a pixel at any zoom the page allows. */
const round = (v: number) => Math.round(v * 100) / 100;

export function pin(key: string, x?: number, y?: number): void {
  if (!graph.hasNode(key)) return;
  const at = graph.getNodeAttributes(key);
  const point = { x: round(x ?? at.x), y: round(y ?? at.y) };
  graph.mergeNodeAttributes(key, { ...point, fixed: true });
  layout.hold(key, point.x, point.y);
  actions.pin(key, point);
}

export function unpin(key: string): void {
  if (graph.hasNode(key)) graph.setNodeAttribute(key, 'fixed', false);
  layout.release(key);
  actions.unpin(key);
  // The worker read `fixed` when it started: restart it so the node may move again.
  if (layout.running) layout.start();
}
