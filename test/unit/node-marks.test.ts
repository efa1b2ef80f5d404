// The rings that mark the focus and the pins: their description as discs, and a big view painting them over its points.
import { describe, expect, it } from 'vitest';
import type { DisplayContext } from '../../client/src/graph/display.ts';
import { paintMarks, type MarkedStage } from '../../client/src/graph/mark-layer.ts';
import { markDiscs, markOf } from '../../client/src/graph/node-marks.ts';

describe('node marks', () => {
  it('are discs painted outside in, the node’s own colour last and smallest', () => {
    expect(markOf(true, true)).toBe('focus-pinned');
    expect(markOf(false, false)).toBeNull();
    expect(markDiscs(null, 10, '#abcdef')).toEqual([{ r: 10, color: '#abcdef' }]);
    const discs = markDiscs('focus-pinned', 10, '#abcdef');
    expect(discs.map((d) => d.color)).toEqual(['#1d2430', '#ffffff', '#abcdef']);
    expect(discs[0]!.r).toBe(10);
    for (let i = 1; i < discs.length; i++) expect(discs[i]!.r).toBeLessThan(discs[i - 1]!.r);
    expect(discs.at(-1)!.r).toBeGreaterThan(5);
  });
});

describe('a big view’s rings', () => {
  // A stage whose canvas records what is painted on it, at the points display.ts would hand sigma.
  function stage(nodes: Record<string, { type: string; mark?: 'focus' | 'pinned'; hidden?: boolean }>) {
    const painted: { x: number; y: number; r: number; fill: string }[] = [];
    let at = { x: 0, y: 0, r: 0 };
    const context = {
      fillStyle: '',
      beginPath() {},
      arc: (x: number, y: number, r: number) => void (at = { x, y, r: Math.round(r * 100) / 100 }),
      fill() {
        painted.push({ ...at, fill: context.fillStyle });
      },
    };
    const s: MarkedStage = {
      getCanvases: () => ({ labels: { getContext: () => context } as unknown as HTMLCanvasElement }),
      getNodeDisplayData: (k) => (nodes[k] ? { x: 1, y: 2, size: 5, color: '#3a9d5d', ...nodes[k] } : undefined),
      framedGraphToViewport: (p) => ({ x: p.x * 100, y: p.y * 100 }),
      scaleSize: (size) => size * 2,
    };
    return { s, painted };
  }
  const ctx = (over: Partial<DisplayContext>) => ({ plain: true, focus: null, pinned: new Set<string>(), ...over });

  it('paints the focus’s and the pins’ rings where their points are, sized as sigma sizes them', () => {
    const { s, painted } = stage({ f: { type: 'point', mark: 'focus' }, p: { type: 'point', mark: 'pinned' } });
    paintMarks(s, ctx({ focus: 'f', pinned: new Set(['p']) }));
    expect(painted).toEqual([
      { x: 100, y: 200, r: 10, fill: '#3a9d5d' },
      { x: 100, y: 200, r: 8, fill: '#ffffff' },
      { x: 100, y: 200, r: 6.2, fill: '#3a9d5d' },
      { x: 100, y: 200, r: 10, fill: '#1d2430' },
      { x: 100, y: 200, r: 7.8, fill: '#3a9d5d' },
    ]);
  });

  it('paints nothing in a small view (its own programs draw the rings), nor for hidden or unmarked nodes', () => {
    const nodes = { f: { type: 'focus', mark: 'focus' as const }, h: { type: 'point', mark: 'pinned' as const } };
    const small = stage(nodes);
    paintMarks(small.s, ctx({ plain: false, focus: 'f' }));
    paintMarks(small.s, ctx({ focus: 'f' }));
    expect(small.painted).toEqual([]);
    const hidden = stage({ h: { type: 'point', mark: 'pinned', hidden: true }, u: { type: 'point' } });
    paintMarks(hidden.s, ctx({ focus: 'u', pinned: new Set(['h', 'gone']) }));
    expect(hidden.painted).toEqual([]);
  });
});
