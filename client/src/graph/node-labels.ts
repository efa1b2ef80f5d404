// The plain names beside nodes. sigma hands over each candidate during its labels pass; they are written together
// when its render ends (flushLabels, on 'afterRender': inside the frame, and inside what the benchmark times), and
// only those that fit, each on the side of its node where it fits (label-placement.ts).
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import { hoverBoxOf, type HoverData } from './hover-label.ts';
import type { Insets } from './label-frame.ts';
import { placeLabels, type Box, type LabelBox, type LabelCandidate } from './label-placement.ts';

type LabelData = HoverData & {
  key?: string;
  highlighted?: boolean;
  /** Set by the node reducer for what the reader named (display.ts). */
  alwaysLabel?: boolean;
};

interface Pass {
  settings: Settings<Attributes, Attributes, Attributes>;
  data: Map<string, LabelData>;
  candidates: LabelCandidate[];
  /** The hovered and selected nodes' name boxes, written on the layer above: no plain name goes under them. */
  obstacles: Box[];
}

/** What one labels canvas was last offered and what of it was written where (the SVG export and the tests read it). */
export interface LabelsWritten {
  offered: readonly LabelCandidate[];
  written: readonly LabelBox[];
  obstacles: readonly Box[];
  /** Where a name shows whole (the canvas less the toolbar and the status line). */
  room?: Box;
}

const pending = new Map<CanvasRenderingContext2D, Pass>();
const last = new WeakMap<CanvasRenderingContext2D, LabelsWritten>();

/**
 * sigma's defaultDrawNodeLabel. The hovered and selected nodes are left to the layer above, which writes theirs in a
 * box (drawHoverLabel): here that box only keeps the plain names clear of it.
 */
export function drawNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const key = data.key ?? data.label;
  let pass = pending.get(context);
  // sigma names a node once per pass: seeing it again means it cleared this canvas and began another pass.
  const size = settings.labelSize;
  if (!pass || pass.data.has(key)) {
    pass = { settings: settings as unknown as Pass['settings'], data: new Map(), candidates: [], obstacles: [] };
    pending.set(context, pass);
    // Measured in the font sigma writes with; nothing else writes on this canvas until the pass is flushed.
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  }
  pass.data.set(key, data);
  const width = context.measureText(data.label).width;
  if (data.highlighted) {
    pass.obstacles.push(hoverBoxOf(data, width, size, context.canvas.clientWidth || Infinity));
    return;
  }
  pass.candidates.push({
    key,
    nodeX: data.x,
    nodeY: data.y,
    radius: data.size,
    width,
    height: size,
    size: data.size,
    forced: Boolean(data.forceLabel),
    always: Boolean(data.alwaysLabel),
  });
}

/** Writes every pass still waiting: the page's sigma after each render, the PNG export before it copies the canvases. */
export function flushLabels(): void {
  for (const [context, pass] of pending) {
    const room = roomOf(context.canvas);
    const written = placeLabels(pass.candidates, { obstacles: pass.obstacles, ...(room ? { room } : {}) });
    const { labelWeight, labelSize, labelFont } = pass.settings;
    context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    for (const box of written) writeName(context, pass.data.get(box.key)!, box, pass.settings);
    last.set(context, { offered: pass.candidates, written, obstacles: pass.obstacles, ...(room ? { room } : {}) });
  }
  pending.clear();
}

/** What lies over each labels canvas (the toolbar, the status line), kept current by the page (watchOverlays). */
const overlaid = new WeakMap<HTMLCanvasElement, Insets>();

/** Names on `canvas` are placed whole inside these insets (or on their node's right, as sigma writes them). */
export function keepNamesClear(canvas: HTMLCanvasElement, insets: Insets): void {
  overlaid.set(canvas, insets);
}

/**
 * Where names show whole: the canvas, at the size sigma set on its style (read without asking for a layout), less what
 * lies over it.
 */
function roomOf(canvas: HTMLCanvasElement): Box | undefined {
  const width = parseFloat(canvas.style.width);
  const height = parseFloat(canvas.style.height);
  if (!(width > 0 && height > 0)) return undefined;
  const i = overlaid.get(canvas) ?? { top: 0, right: 0, bottom: 0, left: 0 };
  return { x: i.left, y: i.top, width: width - i.left - i.right, height: height - i.top - i.bottom };
}

/** As sigma's drawDiscNodeLabel writes a name, but into the box placed for it. */
function writeName(
  context: CanvasRenderingContext2D,
  data: LabelData,
  box: LabelBox,
  settings: Pass['settings'],
): void {
  const { labelColor, labelSize } = settings;
  const own = labelColor.attribute ? (data as Record<string, unknown>)[labelColor.attribute] : undefined;
  context.fillStyle = typeof own === 'string' ? own : (labelColor.color ?? '#000');
  // sigma's baseline: a third of the text's size below the middle of its line.
  context.fillText(data.label!, box.x, box.y + box.height / 2 + labelSize / 3);
}

/** The last pass on this canvas (undefined before any). */
export const labelsOn = (canvas: HTMLCanvasElement): LabelsWritten | undefined => {
  const context = canvas.getContext('2d');
  return context ? last.get(context) : undefined;
};
