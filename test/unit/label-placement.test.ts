// Which names are written and where: none over another or under the hovered node's box but those the reader named, the
// reader's attention and bigger nodes first, a name moved off its node's right only when it has to, none left out that
// would have fitted on some side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  before,
  boxOn,
  overlap,
  placeLabels,
  shownShare,
  SIDES,
  type Box,
  type LabelBox,
  type LabelCandidate,
} from '../../client/src/graph/label-placement.ts';

type Rank = 'named' | 'looked at' | 'plain';
/** A name 80 px wide and 14 high beside a node of radius 4 centred at (x, y). */
const name = (key: string, x: number, y: number, size: number, rank: Rank = 'plain', width = 80): LabelCandidate => ({
  key,
  nodeX: x,
  nodeY: y,
  radius: 4,
  width,
  height: 14,
  size,
  forced: rank !== 'plain',
  always: rank === 'named',
});

const sides = (placed: LabelBox[]) => Object.fromEntries(placed.map((b) => [b.key, b.side]));

describe('placing names', () => {
  it('writes every name to the right of its node, as sigma does, when none meet', () => {
    const apart = [name('a', 0, 0, 5), name('b', 100, 0, 3), name('c', 0, 40, 9)];
    expect(sides(placeLabels(apart))).toEqual({ a: 'right', b: 'right', c: 'right' });
    expect(placeLabels([name('a', 10, 20, 5)])[0]).toMatchObject({ x: 17, y: 13, width: 80, height: 14 });
  });

  it('moves a name to the left of its node when a bigger node’s name has its right', () => {
    // The big name runs 107–187 px; the small node's right (67–147) meets it, its left (-27–53) does not.
    const placed = placeLabels([name('small', 60, 0, 3), name('big', 100, 0, 8)]);
    expect(sides(placed)).toEqual({ big: 'right', small: 'left' });
    expect(placed.find((b) => b.key === 'small')).toMatchObject({ x: -27, y: -7 });
  });

  it('then below its node, then above, and leaves it out only when all four are taken', () => {
    const blockers = [name('right', 100, 0, 9), name('left', -110, 0, 9)];
    expect(sides(placeLabels([...blockers, name('x', 60, 0, 1)])).x).toBe('below');
    const below = name('below', 20, 26, 9);
    expect(sides(placeLabels([...blockers, below, name('x', 60, 0, 1)])).x).toBe('above');
    const above = name('above', 20, -26, 9);
    expect(sides(placeLabels([...blockers, below, above, name('x', 60, 0, 1)])).x).toBeUndefined();
  });

  it('leaves a gap between names: touching counts as meeting', () => {
    // b's right (88–168) is 1 px from a's (7–87), and each of its other sides runs into a's name as well.
    expect(sides(placeLabels([name('a', 0, 0, 5), name('b', 81, 0, 4)])).b).toBeUndefined();
    expect(sides(placeLabels([name('a', 0, 0, 5), name('b', 83, 0, 4)])).b).toBe('right');
  });

  it('keeps a name whole on the canvas: by the right edge it goes to the left', () => {
    const room = { width: 300, height: 200 };
    expect(sides(placeLabels([name('edge', 250, 100, 5)], { room })).edge).toBe('left');
    // With no side whole on the canvas, the one that shows most of it: centred below, 300 of its 400 px.
    expect(sides(placeLabels([name('wide', 150, 100, 5, 'plain', 400)], { room })).wide).toBe('below');
    // By the left edge with its right taken: its left would show 13 of 100 px, centred below 70 of them.
    const crowded = placeLabels([name('r', 90, 100, 9, 'plain', 200), name('cut', 20, 100, 5, 'plain', 100)], { room });
    expect(sides(crowded)).toEqual({ r: 'right', cut: 'below' });
  });

  it('keeps clear of the hovered node’s name box, which is written on the layer above', () => {
    const hoverBox: Box = { x: 60, y: -10, width: 120, height: 20 };
    expect(sides(placeLabels([name('n', 60, 0, 5)], { obstacles: [hoverBox] })).n).toBe('left');
  });

  it('writes the names the reader named even where they meet, and they take the place first', () => {
    const crowd = [name('r', 100, 0, 9), name('l', -110, 0, 9), name('b', 20, 26, 9), name('a', 20, -26, 9)];
    const placed = placeLabels([...crowd, name('named', 60, 0, 1, 'named')]);
    expect(sides(placed).named).toBe('right');
    // The named name went first: the bigger names it meets give way.
    expect(placed.map((b) => b.key)[0]).toBe('named');
  });

  it('places the names the reader looks at before bigger ones, but not over each other', () => {
    const at = (x: number, y: number, key: string, size: number, rank: Rank) => name(key, x, y, size, rank, 200);
    const placed = placeLabels([at(0, 0, 'big', 20, 'plain'), at(10, 0, 'neighbour', 2, 'looked at')]);
    expect(sides(placed)).toEqual({ neighbour: 'right', big: 'left' });
  });

  it('finds names that meet across the grid of 64 px cells, whatever their size', () => {
    const wide = name('wide', 0, 17, 9, 'plain', 300);
    const placed = placeLabels([wide, name('under', 250, 27, 1, 'plain', 300)]);
    expect(sides(placed)).toEqual({ wide: 'right', under: 'below' });
  });

  const candidates = fc.array(
    fc.record({
      key: fc.string(),
      nodeX: fc.integer({ min: -50, max: 600 }),
      nodeY: fc.integer({ min: -50, max: 400 }),
      radius: fc.integer({ min: 1, max: 20 }),
      width: fc.integer({ min: 0, max: 220 }),
      height: fc.integer({ min: 8, max: 20 }),
      size: fc.integer({ min: 1, max: 30 }),
      forced: fc.boolean(),
      always: fc.boolean(),
    }),
    { maxLength: 60 },
  );
  const obstacles = fc.array(
    fc.record({
      x: fc.integer({ min: -50, max: 600 }),
      y: fc.integer({ min: -50, max: 400 }),
      width: fc.integer({ min: 10, max: 200 }),
      height: fc.integer({ min: 10, max: 40 }),
    }),
    { maxLength: 2 },
  );
  const room = fc.option(
    fc.record({ width: fc.integer({ min: 100, max: 700 }), height: fc.integer({ min: 100, max: 500 }) }),
    {
      nil: undefined,
    },
  );
  // A named name is looked at too (display.ts sets both).
  const unique = (list: LabelCandidate[]) =>
    list.map((b, i) => ({ ...b, key: `${i}:${b.key}`, forced: b.forced || b.always }));

  it('never writes two names that meet, nor one under the hovered box, unless named', () => {
    fc.assert(
      fc.property(candidates, obstacles, room, (list, blocked, canvas) => {
        const kept = placeLabels(unique(list), { obstacles: blocked, ...(canvas ? { room: canvas } : {}) });
        for (const a of kept) {
          if (a.always) continue;
          for (const b of kept) if (a !== b) expect(overlap(a, b)).toBe(false);
          for (const o of blocked) expect(overlap(a, o)).toBe(false);
        }
      }),
    );
  });

  it('writes every named name; moves or leaves out a name only for what went before it or the canvas’s edge', () => {
    fc.assert(
      fc.property(candidates, obstacles, room, (list, blocked, canvas) => {
        const all = unique(list);
        const kept = placeLabels(all, { obstacles: blocked, ...(canvas ? { room: canvas } : {}) });
        const placed = new Map(kept.map((b) => [b.key, b]));
        const taken = (c: LabelCandidate, box: Box) =>
          blocked.some((o) => overlap(o, box)) ||
          kept.some((k) => k.key !== c.key && before(k, c) <= 0 && overlap(k, box));
        const shown = (b: Box) => shownShare(b, canvas);
        for (const c of all) {
          const at = placed.get(c.key);
          if (c.always) expect(at).toBeDefined();
          if (!at) {
            for (const s of SIDES) expect(taken(c, boxOn(c, s)) || shown(boxOn(c, s)) === 0).toBe(true);
            continue;
          }
          expect(boxOn(c, at.side)).toEqual({ x: at.x, y: at.y, width: at.width, height: at.height });
          if (c.always && taken(c, at)) continue;
          // No free side shows more of the name, and none tried before it as much.
          SIDES.forEach((s, i) => {
            const box = boxOn(c, s);
            if (taken(c, box)) return;
            if (i < SIDES.indexOf(at.side)) expect(shown(box)).toBeLessThan(shown(at));
            else expect(shown(box)).toBeLessThanOrEqual(shown(at));
          });
        }
      }),
    );
  });
});
