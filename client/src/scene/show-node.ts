// Takes the reader to one node: selected, and brought into sight (and, in a big view, near enough to pick out).
import { isLargeView } from '../graph/large-graph-rendering.ts';
import { actions } from '../state/store.ts';
import { graph, renderer } from './graph-instance.ts';

/**
 * A big view zoomed out further than this comes in to it: the whole graph fits in a few hundred pixels, and a node
 * centred at that scale is still one point among thousands. A small view keeps the reader's zoom.
 */
const NEAR = 0.5;
/** A node this close to the canvas's edge is as good as out of sight (its name would be cut). */
const EDGE = 40;

export function showNode(key: string): void {
  if (!graph.hasNode(key)) return;
  actions.select({ kind: 'node', key });
  const sigma = renderer.current;
  const d = sigma?.getNodeDisplayData(key);
  if (!sigma || !d || d.hidden) return;
  const camera = sigma.getCamera();
  const { ratio } = camera.getState();
  const large = isLargeView(graph);
  const at = sigma.framedGraphToViewport(d);
  const { width, height } = sigma.getDimensions();
  const inSight = at.x > EDGE && at.y > EDGE && at.x < width - EDGE && at.y < height - EDGE;
  // A small view whose node is in sight stays as the reader left it: moving it would only lose their bearings.
  if (!large && inSight) return;
  // sigma's display data and its camera share one space (its framed graph): a node's place there is where to look.
  void camera.animate({ x: d.x, y: d.y, ratio: large ? Math.min(ratio, NEAR) : ratio }, { duration: 400 });
}
