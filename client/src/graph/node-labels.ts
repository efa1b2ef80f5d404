// The plain names beside nodes. sigma hands over each candidate during its labels pass; they are written together
// when its render ends (flushLabels, on 'afterRender': inside the frame, and inside what the benchmark times), and
// only those that fit (label-placement.ts).
import type { Attributes } from 'graphology-types';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { HoverData } from './hover-label.ts';
import { placeLabels, type LabelBox } from './label-placement.ts';

type LabelData = HoverData & {
  key?: string;
  highlighted?: boolean;
  /** Set by the node reducer for what the reader named (display.ts). */
  alwaysLabel?: boolean;
};

interface Pass {
  settings: Settings<Attributes, Attributes, Attributes>;
  data: Map<string, LabelData>;
  boxes: LabelBox[];
}

/** What one labels canvas was last offered and what of it was written (the SVG export and the tests read it). */
export interface LabelsWritten {
  offered: readonly LabelBox[];
  written: readonly LabelBox[];
}

const pending = new Map<CanvasRenderingContext2D, Pass>();
const last = new WeakMap<CanvasRenderingContext2D, LabelsWritten>();

/**
 * sigma's defaultDrawNodeLabel. The hovered and selected nodes are left to the layer above, which writes theirs in a
 * box (drawHoverLabel): written here as well, the plain name showed beside the box once it turned left.
 */
export function drawNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  if (data.highlighted || !data.label) return;
  const key = data.key ?? data.label;
  let pass = pending.get(context);
  // sigma names a node once per pass: seeing it again means it cleared this canvas and began another pass.
  const size = settings.labelSize;
  if (!pass || pass.data.has(key)) {
    pass = { settings: settings as unknown as Pass['settings'], data: new Map(), boxes: [] };
    pending.set(context, pass);
    // Measured in the font sigma writes with; nothing else writes on this canvas until the pass is flushed.
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  }
  pass.data.set(key, data);
  // Where sigma's own writer puts it: 3 px right of the disc, the text's middle on the node's.
  pass.boxes.push({
    key,
    x: data.x + data.size + 3,
    y: data.y - size / 2,
    width: context.measureText(data.label).width,
    height: size,
    size: data.size,
    forced: Boolean(data.forceLabel),
    always: Boolean(data.alwaysLabel),
  });
}

/** Writes every pass still waiting: the page's sigma after each render, the PNG export before it copies the canvases. */
export function flushLabels(): void {
  for (const [context, pass] of pending) {
    const written = placeLabels(pass.boxes);
    for (const box of written) drawDiscNodeLabel(context, pass.data.get(box.key)!, pass.settings);
    last.set(context, { offered: pass.boxes, written });
  }
  pending.clear();
}

/** The last pass on this canvas (undefined before any). */
export const labelsOn = (canvas: HTMLCanvasElement): LabelsWritten | undefined => {
  const context = canvas.getContext('2d');
  return context ? last.get(context) : undefined;
};
