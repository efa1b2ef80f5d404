// Where the camera goes on its own: a fresh scene starts from sigma's frame, and once its layout settles the view is
// framed so that every node and name shows whole, clear of the toolbar. A camera the reader has moved is left alone.
import type { CameraState } from 'sigma/types';
import type { ExplorerGraph } from '../graph/graph-model.ts';
import { labelFrame, RESET } from '../graph/label-frame.ts';
import { isLargeView } from '../graph/large-graph-rendering.ts';
import type { ExplorerSigma } from './graph-instance.ts';
import { overlayInsets } from './overlay-insets.ts';

/** Clear space around what is drawn, in pixels. */
const MARGIN = 12;

/** Where we last put the camera: while it is still there (or at sigma's frame), moving it takes nothing from the reader. */
let placed: CameraState = RESET;

const same = (a: CameraState, b: CameraState) =>
  Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9 && Math.abs(a.ratio - b.ratio) < 1e-9 && a.angle === b.angle;

/** On the map the frame is the region (or everything placed, map-panel.tsx): what lies beyond it is not fitted in. */
const inFrame =
  (drawn: ExplorerGraph, box: { x: [number, number]; y: [number, number] }) =>
  (key: string): boolean => {
    const { x, y } = drawn.getNodeAttributes(key);
    return x >= box.x[0] && x <= box.x[1] && y >= box.y[0] && y <= box.y[1];
  };

/** On a big view names are sparse (sigma's label grid) and the nodes are points: sigma's own frame is the fit. */
function target(sigma: ExplorerSigma, graph: ExplorerGraph, onMap: boolean): CameraState {
  if (isLargeView(graph)) return RESET;
  const insets = overlayInsets(sigma.getContainer(), MARGIN);
  const box = sigma.getCustomBBox();
  if (!onMap || !box) return labelFrame(sigma, insets) ?? RESET;
  // The whole frame stays in view (the region is the map's point), corner to corner.
  const alsoShow = [
    { x: box.x[0], y: box.y[0] },
    { x: box.x[1], y: box.y[1] },
  ];
  return labelFrame(sigma, insets, { keep: inFrame(sigma.getGraph(), box), alsoShow }) ?? RESET;
}

/** The toolbar's Fit: always, animated. */
export function fitView(sigma: ExplorerSigma, graph: ExplorerGraph, onMap: boolean): void {
  placed = target(sigma, graph, onMap);
  void sigma.getCamera().animate(placed, { duration: 300 });
}

/**
 * The map's frame has just been set and drawn (entering the map, widening or narrowing its frame): the names of the
 * band of things without coordinates, on its right, show whole too.
 */
export function frameMap(sigma: ExplorerSigma, graph: ExplorerGraph): void {
  placed = target(sigma, graph, true);
  sigma.getCamera().setState(placed);
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
  placed = target(sigma, graph, false);
  // Setting the same state would still cost a frame (a big view's is hundreds of milliseconds on a software GL).
  if (!same(now, placed)) camera.setState(placed);
}
