// Relationship names written only where they fit (edge-label-fit.ts). sigma writes every one it is offered, and a
// hub's hover piled a dozen on each other and on the names around it. Its own drawers (straight, curved) still decide
// what a name says and where; their strokes are recorded, and written at the flush, after the node names.
import type { Attributes } from 'graphology-types';
import type { EdgeLabelDrawingFunction } from 'sigma/rendering';
import type { Box } from './box-grid.ts';
import { fitEdgeLabels, strokeBoxes, type Disc } from './edge-label-fit.ts';
import { recorder, slides, type Recorded } from './edge-label-recorder.ts';
import { labelsOn } from './node-labels.ts';

interface Offer {
  key: string;
  always: boolean;
  strokes: Recorded[];
  ends: string[];
  /** How far along its line the name may slide from where sigma put it, in the text's own direction, best first. */
  shifts: number[];
}

/** A relationship's name and the boxes it covers: where sigma put it (offered), or where it was written. */
export interface EdgeLabelAt {
  key: string;
  boxes: readonly Box[];
}

/** What one relationship-names canvas was last offered, and what of it was written (for the SVG export and tests). */
export interface EdgeLabelsWritten {
  offered: readonly EdgeLabelAt[];
  written: readonly EdgeLabelAt[];
}

/** Each canvas's pass so far, by relationship key, in the order sigma offered them. */
const pending = new Map<CanvasRenderingContext2D, Map<string, Offer>>();
let unkeyed = 0;
const last = new WeakMap<CanvasRenderingContext2D, EdgeLabelsWritten>();
/** Where each stage's nodes are drawn now (sigma draws nodes over the relationships' names). */
const discsOf = new WeakMap<HTMLCanvasElement, () => Disc[]>();

/** What of a sigma instance this needs: its canvases, and where its nodes are drawn. */
interface Stage {
  getCanvases(): Record<string, HTMLCanvasElement>;
  getGraph(): { forEachNode(callback: (key: string) => void): void };
  getNodeDisplayData(key: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
}

/** The relationships' names on this sigma keep clear of its nodes (the page's, and the PNG export's copy). */
export function keepEdgeLabelsOffNodes(stage: Stage): void {
  const canvas = stage.getCanvases().edgeLabels;
  if (!canvas) return;
  discsOf.set(canvas, () => {
    const out: Disc[] = [];
    stage.getGraph().forEachNode((key) => {
      const d = stage.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = stage.framedGraphToViewport(d);
      const r = stage.scaleSize(d.size);
      out.push({ key, x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r });
    });
    return out;
  });
}

/**
 * `draw`, deferred: what it would write is recorded now, and written at the flush if it fits. A render flushes on
 * 'afterRender'; a hover repaint writes relationship names without ending a render, so a microtask flushes after it.
 */
export function deferEdgeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  draw: EdgeLabelDrawingFunction<N, E, G>,
): EdgeLabelDrawingFunction<N, E, G> {
  return (context, edgeData, sourceData, targetData, settings) => {
    const strokes: Recorded[] = [];
    draw(recorder(context, strokes), edgeData, sourceData, targetData, settings);
    if (!strokes.length) return;
    const data = edgeData as { key?: string; alwaysLabel?: boolean };
    // sigma hands every label its edge's key; one without would be told apart by a count, never by its text.
    const key = data.key ?? `unkeyed-${++unkeyed}`;
    let offers = pending.get(context);
    // sigma names a relationship once per pass: seeing it again means it cleared this canvas and began another.
    if (!offers || offers.has(key)) {
      if (!offers) queueMicrotask(flushEdgeLabels);
      offers = new Map();
      pending.set(context, offers);
    }
    const ends = [sourceData, targetData].map((n) => String((n as { key?: string }).key));
    const shifts = strokes.length === 1 ? slides(strokes[0]!.width, sourceData, targetData) : [0];
    offers.set(key, { key, always: Boolean(data.alwaysLabel), strokes, ends, shifts });
  };
}

/** Writes the relationship names waiting, those that fit beside the node names already written on the same stage. */
export function flushEdgeLabels(): void {
  for (const [context, pass] of pending) {
    const offers = [...pass.values()];
    const canvas = context.canvas;
    const ratio = canvas.width / (parseFloat(canvas.style.width) || canvas.width);
    const names = siblingLabels(canvas);
    const taken = names ? [...names.written, ...names.obstacles] : [];
    const places = offers.map((o) => ({
      ...o,
      places: o.shifts.map((dx) => o.strokes.flatMap((s) => strokeBoxes({ ...s, x: s.x + dx }, ratio))),
    }));
    const kept = fitEdgeLabels(places, taken, discsOf.get(canvas)?.() ?? []);
    context.save();
    for (const { index, place } of kept) {
      const { strokes, shifts } = offers[index]!;
      for (const s of strokes) {
        context.setTransform(s.transform);
        context.font = s.font;
        context.fillStyle = s.fill;
        context.fillText(s.text, s.x + shifts[place]!, s.y);
      }
    }
    context.restore();
    const written = kept.map(({ index, boxes }) => ({ key: offers[index]!.key, boxes }));
    last.set(context, { offered: places.map((o) => ({ key: o.key, boxes: o.places[0]! })), written });
  }
  pending.clear();
}

/** The node names sigma wrote on the same stage (its 'labels' canvas, beside this one). */
function siblingLabels(canvas: HTMLCanvasElement) {
  const labels = canvas.parentElement?.querySelector<HTMLCanvasElement>('canvas.sigma-labels');
  return labels ? labelsOn(labels) : undefined;
}

/** The last pass on this canvas (undefined before any). */
export const edgeLabelsOn = (canvas: HTMLCanvasElement): EdgeLabelsWritten | undefined => {
  const context = canvas.getContext('2d');
  return context ? last.get(context) : undefined;
};
