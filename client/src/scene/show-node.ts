// Takes the reader to one node: selected, and the camera moved so it sits mid-canvas, near enough to pick out.
import { actions } from '../state/store.ts';
import { graph, renderer } from './graph-instance.ts';

/**
 * Zoomed out further than this, the camera comes in to it: in a big view the whole graph fits in a few hundred pixels,
 * and a node centred at that scale is still one point among thousands. Closer than this, the reader's zoom stays.
 */
const NEAR = 0.5;

export function showNode(key: string): void {
  if (!graph.hasNode(key)) return;
  actions.select({ kind: 'node', key });
  const sigma = renderer.current;
  // sigma's display data and its camera share one space (its framed graph): a node's place there is where to look.
  const d = sigma?.getNodeDisplayData(key);
  if (!sigma || !d || d.hidden) return;
  const camera = sigma.getCamera();
  void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.getState().ratio, NEAR) }, { duration: 400 });
}
