// What sigma's edge label drawers would write, recorded instead of written (edge-labels.ts writes those that fit),
// and how far a straight line's name may slide along it.
import type { Stroke } from './edge-label-fit.ts';

/** A stroke, with the font and colour it was to be written in. */
export type Recorded = Stroke & { font: string; fill: CanvasRenderingContext2D['fillStyle'] };

/** A node on screen: its centre and its radius, in CSS pixels. */
export type At = { x: number; y: number; size: number };

/**
 * A straight line's name is one stroke centred between its nodes, along the line: it may slide half or all of the free
 * length either way. (A curved line's is written a letter at a time along the curve, and stays where it is.)
 */
export function slides(width: number, a: At, b: At): number[] {
  const free = (Math.hypot(b.x - a.x, b.y - a.y) - a.size - b.size - width) / 2;
  return free < 4 ? [0] : [0, free / 2, -free / 2, free, -free];
}

/** The context itself, but what is filled is recorded instead of written; everything else (font, transform) goes on. */
export function recorder(context: CanvasRenderingContext2D, strokes: Recorded[]): CanvasRenderingContext2D {
  return new Proxy(context, {
    get(target, prop) {
      if (prop === 'fillText')
        return (text: string, x: number, y: number) => {
          const m = target.measureText(text);
          strokes.push({
            text,
            x,
            y,
            transform: target.getTransform(),
            width: m.width,
            ascent: m.actualBoundingBoxAscent,
            descent: m.actualBoundingBoxDescent,
            font: target.font,
            fill: target.fillStyle,
          });
        };
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set: (target, prop, value) => Reflect.set(target, prop, value, target),
  });
}
