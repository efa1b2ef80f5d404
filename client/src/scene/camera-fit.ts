// Where the camera goes on its own: a fresh scene starts from sigma's frame, and once its layout settles the view is
// framed so that every node and name shows whole, clear of the toolbar. A camera the reader has moved is left alone.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { ExplorerGraph, NodeAttributes } from '../graph/graph-model.ts';
import { labelFrame, RESET, type Insets } from '../graph/label-frame.ts';
import { isLargeView } from '../graph/large-graph-rendering.ts';

type ExplorerSigma = Sigma<NodeAttributes, RelationAttributes>;

/** Clear space around what is drawn, in pixels. */
const MARGIN = 12;

/** Where we last put the camera: while it is still there (or at sigma's frame), moving it takes nothing from the reader. */
let placed: CameraState = RESET;

const same = (a: CameraState, b: CameraState) =>
  Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9 && Math.abs(a.ratio - b.ratio) < 1e-9 && a.angle === b.angle;

/** The toolbar and the status line lie over the stage: a node under them would be hidden. */
function overlayInsets(container: HTMLElement): Insets {
  const c = container.getBoundingClientRect();
  const out = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  for (const el of container.parentElement?.querySelectorAll(':scope > .toolbar, :scope > .status') ?? []) {
    const r = el.getBoundingClientRect();
    if (!r.width || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    if (r.top + r.bottom < c.top + c.bottom) out.top = Math.max(out.top, r.bottom - c.top + MARGIN);
    else out.bottom = Math.max(out.bottom, c.bottom - r.top + MARGIN);
  }
  return out;
}

/** On a big view names are sparse (sigma's label grid) and the nodes are points: sigma's own frame is the fit. */
const target = (sigma: ExplorerSigma, graph: ExplorerGraph) =>
  isLargeView(graph) ? RESET : (labelFrame(sigma, overlayInsets(sigma.getContainer())) ?? RESET);

/** The toolbar's Fit: always, animated. On the map, sigma's frame is the region's (map-mode.ts). */
export function fitView(sigma: ExplorerSigma, graph: ExplorerGraph, onMap: boolean): void {
  placed = onMap ? RESET : target(sigma, graph);
  void sigma.getCamera().animate(placed, { duration: 300 });
}

/** A fresh scene starts in sigma's frame, wherever the reader had moved the last one. */
export function newSceneCamera(sigma: ExplorerSigma | null): void {
  placed = RESET;
  sigma?.getCamera().setState(RESET);
}

/** Once the layout has settled and sigma's display data is current: frames the names too, if the camera is ours. */
export function settleCamera(sigma: ExplorerSigma, graph: ExplorerGraph): void {
  const camera = sigma.getCamera();
  const now = camera.getState();
  if (camera.isAnimated() || !(same(now, placed) || same(now, RESET))) return;
  placed = target(sigma, graph);
  camera.setState(placed);
}
