// The camera state that shows every drawn node and its name whole, clear of what lies over the canvas (the toolbar,
// the status line): sigma's reset fits positions only, so names by the right edge were cut where the side column begins.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { RelationAttributes } from '../../../server/contract.ts';
import { fitExtents, type Extent } from './fit-extents.ts';
import type { NodeAttributes } from './graph-model.ts';

type ExplorerSigma = Sigma<NodeAttributes, RelationAttributes>;

/** Pixels kept clear on each side of the canvas. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** sigma's own frame: the whole graph's positions fitted to the canvas. */
export const RESET: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** sigma writes a name 3 px right of its node (its default label renderer). */
const LABEL_GAP = 3;

/**
 * Names may make the view zoom out this much further than the nodes alone need: enough for a one-hop view's names in
 * the page's narrow canvas; past it a crowded view would shrink to unreadable, so its longest names run off instead.
 */
const FOR_NAMES = 1.5;

let context: CanvasRenderingContext2D | null = null;
function textWidth(font: string, text: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
}

export interface FrameOptions {
  /** Which nodes count (the map leaves out those beyond its frame); all by default. */
  keep?: (key: string) => boolean;
  /** Points in graph coordinates to keep in view, up to the canvas's very edge (the map's frame). */
  alsoShow?: readonly { x: number; y: number }[];
  /** The furthest zoom out. */
  maxRatio?: number;
}

/**
 * Measured at sigma's own frame from what sigma draws (the reducers' sizes and labels; hidden nodes, and those `keep`
 * turns down, left out), so it needs sigma's display data to be current; null when nothing is drawn. Zooms out for
 * names only as far as FOR_NAMES allows.
 */
export function labelFrame(sigma: ExplorerSigma, insets: Insets, opts: FrameOptions = {}): CameraState | null {
  const keep = opts.keep ?? (() => true);
  const { width, height } = sigma.getDimensions();
  const labelSize = sigma.getSetting('labelSize');
  const font = `${sigma.getSetting('labelWeight')} ${labelSize}px ${sigma.getSetting('labelFont')}`;
  const xs: Extent[] = [];
  const ys: Extent[] = [];
  sigma.getGraph().forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden || !keep(key)) return;
    const at = sigma.framedGraphToViewport(d, { cameraState: RESET });
    // Zooming out shrinks nodes (sigma scales sizes by the ratio's square root): their size here is the largest.
    const r = sigma.scaleSize(d.size, 1);
    const name = d.label ? LABEL_GAP + textWidth(font, d.label) : 0;
    xs.push({ at: at.x - width / 2, before: r, after: r, name });
    // A name is centred on its node's height: it only reaches further than a small disc does.
    const half = Math.max(r, d.label ? labelSize * 0.6 : 0);
    ys.push({ at: at.y - height / 2, before: half, after: half, name: 0 });
  });
  if (!xs.length) return null;
  for (const p of opts.alsoShow ?? []) {
    const at = sigma.graphToViewport(p, { cameraState: RESET });
    xs.push({ at: at.x - width / 2, before: -insets.left, after: -insets.right, name: 0 });
    ys.push({ at: at.y - height / 2, before: -insets.top, after: -insets.bottom, name: 0 });
  }
  const fit = fitExtents(
    [
      { length: width, start: insets.left, end: insets.right, items: xs },
      { length: height, start: insets.top, end: insets.bottom, items: ys },
    ],
    { maxRatio: opts.maxRatio ?? 4, forNames: FOR_NAMES },
  );
  const centre = sigma.viewportToFramedGraph(
    { x: width / 2 + fit.shift[0]!, y: height / 2 + fit.shift[1]! },
    { cameraState: RESET },
  );
  return { x: centre.x, y: centre.y, ratio: fit.ratio, angle: 0 };
}
