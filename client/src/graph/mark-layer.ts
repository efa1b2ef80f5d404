// A big view's rings, painted over the nodes' points on the names' canvas: there a node stays a point, because another
// GL program's first frame costs software GL ~80 ms (README, performance), while a few discs on a 2D canvas cost nothing.
import type { DisplayContext, NodeDisplay } from './display.ts';
import { markDiscs } from './node-marks.ts';

/** The part of sigma this reads: where a node is on screen and how big. */
export interface MarkedStage {
  getCanvases(): Record<string, HTMLCanvasElement>;
  getNodeDisplayData(key: string): (NodeDisplay & { x: number; y: number; size: number }) | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
}

/**
 * Paints a big view's marked nodes (the focus and the pins; display.ts gives each its mark) where their points are.
 * Called at the end of every full render, which cleared the canvas, before the names are written over it.
 */
export function paintMarks(stage: MarkedStage, ctx: Pick<DisplayContext, 'plain' | 'focus' | 'pinned'>): void {
  if (!ctx.plain) return;
  const context = stage.getCanvases().labels?.getContext('2d');
  if (!context) return;
  for (const key of [...(ctx.focus ? [ctx.focus] : []), ...ctx.pinned]) {
    const d = stage.getNodeDisplayData(key);
    if (!d || d.hidden || !d.mark || d.type !== 'point') continue;
    const { x, y } = stage.framedGraphToViewport(d);
    for (const disc of markDiscs(d.mark, stage.scaleSize(d.size), d.color ?? '#999')) {
      context.beginPath();
      context.arc(x, y, disc.r, 0, 2 * Math.PI);
      context.fillStyle = disc.color;
      context.fill();
    }
  }
}
