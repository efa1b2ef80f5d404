// Which names are written and where: none over another, under the hovered node's box or over another node but those the
// reader named, the reader's attention and bigger nodes first, a name moved off its node's right only when it has to,
// none left out that would have fitted whole on some side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  before,
  boxOn,
  overlap,
  placeLabels,
  discOf,
  NODES_BLOCK_UP_TO,
  shownShare,
  SIDES,
  type Box,
  type Side,
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
    const blockers = [name('right', 110, 0, 9), name('left', -110, 0, 9)];
    expect(sides(placeLabels([...blockers, name('x', 60, 0, 1)])).x).toBe('below');
    const below = name('below', 20, 26, 9);
    expect(sides(placeLabels([...blockers, below, name('x', 60, 0, 1)])).x).toBe('above');
    const above = name('above', 20, -26, 9);
    expect(sides(placeLabels([...blockers, below, above, name('x', 60, 0, 1)])).x).toBeUndefined();
  });

  it('leaves a gap: a name closer than 2 px to what it may not cover counts as meeting it', () => {
    // The name runs 7–87 px.
    const at = (x: number) => ({ obstacles: [{ x, y: 0, width: 10, height: 5 }] });
    expect(sides(placeLabels([name('a', 0, 0, 5)], at(88))).a).toBe('left');
    expect(sides(placeLabels([name('a', 0, 0, 5)], at(90))).a).toBe('right');
  });

  it('writes no name over another node where a side is clear of it, over a smaller one rather than leave it out', () => {
    // The big name's right (7–87) would cover the small node at 50 px; its left does not.
    const placed = placeLabels([name('big', 0, 0, 9), name('small', 50, 3, 2, 'plain', 30)]);
    expect(sides(placed)).toEqual({ big: 'left', small: 'right' });
    // By the canvas's left edge its other sides are cut: it covers the small node on its right rather than go unnamed.
    const room = { x: 0, y: 0, width: 300, height: 200 };
    const crowded = placeLabels([name('big', 5, 100, 9), name('small', 50, 103, 2, 'plain', 30)], { room });
    expect(sides(crowded).big).toBe('right');
    // But never a bigger node: the small one's name, cut on every other side, is left out rather than cover the big one.
    const under = placeLabels([name('big', 60, 100, 9, 'plain', 0), name('small', 5, 100, 2, 'plain', 60)], { room });
    expect(sides(under).small).toBeUndefined();
  });

  it('writes a name where it shows whole, else on its right as sigma does, else leaves it out', () => {
    const room = { x: 0, y: 0, width: 300, height: 200 };
    // By the right edge its right would run off: it goes to the left.
    expect(sides(placeLabels([name('edge', 250, 100, 5)], { room })).edge).toBe('left');
    // Wider than the canvas allows on any side: on its right, cut at the edge as sigma writes it.
    expect(sides(placeLabels([name('wide', 150, 100, 5, 'plain', 400)], { room })).wide).toBe('right');
    // By the left edge with its right taken: left out, rather than cut at the canvas's left edge.
    const crowded = placeLabels([name('r', 90, 100, 9, 'plain', 200), name('cut', 20, 100, 5, 'plain', 100)], { room });
    expect(sides(crowded)).toEqual({ r: 'right' });
  });

  it('lets names cover nodes in a crowd of more than NODES_BLOCK_UP_TO offered names (a hub’s neighbours in a big view)', () => {
    const far = Array.from({ length: NODES_BLOCK_UP_TO - 1 }, (_, i) =>
      name(`far${i}`, 10_000 + (i % 40) * 200, i * 30, 1),
    );
    const pair = [name('big', 0, 0, 9), name('small', 50, 3, 2, 'plain', 30)];
    expect(sides(placeLabels([...pair, ...far.slice(1)])).big).toBe('left');
    expect(sides(placeLabels([...pair, ...far])).big).toBe('right');
  });

  it('keeps clear of the hovered node’s name box, which is written on the layer above', () => {
    const hoverBox: Box = { x: 60, y: -10, width: 120, height: 20 };
    expect(sides(placeLabels([name('n', 60, 0, 5)], { obstacles: [hoverBox] })).n).toBe('left');
  });

  it('writes the names the reader named even where every side is taken, before the rest', () => {
    const everywhere = { obstacles: [{ x: -200, y: -60, width: 500, height: 120 }] };
    const placed = placeLabels([name('big', 200, 0, 9), name('named', 60, 0, 1, 'named')], everywhere);
    expect(placed.map((b) => [b.key, b.side])).toEqual([['named', 'right']]);
  });

  it('places the names the reader looks at before bigger ones, but not over each other', () => {
    const at = (x: number, y: number, key: string, size: number, rank: Rank) => name(key, x, y, size, rank, 200);
    const placed = placeLabels([at(0, 0, 'big', 20, 'plain'), at(10, 0, 'neighbour', 2, 'looked at')]);
    expect(sides(placed)).toEqual({ neighbour: 'right', big: 'left' });
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
    fc.record({
      x: fc.integer({ min: 0, max: 20 }),
      y: fc.integer({ min: 0, max: 60 }),
      width: fc.integer({ min: 100, max: 700 }),
      height: fc.integer({ min: 100, max: 500 }),
    }),
    {
      nil: undefined,
    },
  );
  // A named name is looked at too (display.ts sets both).
  const unique = (list: LabelCandidate[]) =>
    list.map((b, i) => ({ ...b, key: `${i}:${b.key}`, forced: b.forced || b.always }));

  const discsOf = (all: LabelCandidate[]) => all.map((c) => ({ ...discOf(c), owner: c.key, size: c.size }));

  it('never writes a name over another or the hovered box, nor over another node where a side was free of both, unless named', () => {
    fc.assert(
      fc.property(candidates, obstacles, room, (list, blocked, canvas) => {
        const all = unique(list);
        const kept = placeLabels(all, { obstacles: blocked, ...(canvas ? { room: canvas } : {}) });
        const discs = discsOf(all);
        const onNode = (c: LabelCandidate, b: Box) => discs.some((d) => d.owner !== c.key && overlap(d, b));
        for (const a of kept) {
          if (a.always) continue;
          for (const b of kept) if (a !== b) expect(overlap(a, b)).toBe(false);
          for (const o of blocked) expect(overlap(a, o)).toBe(false);
          const c = all.find((x) => x.key === a.key)!;
          for (const d of discs) if (d.owner !== a.key && d.size > a.size) expect(overlap(a, d)).toBe(false);
          if (onNode(c, a))
            for (const s of SIDES) {
              const box = boxOn(c, s);
              const free = shownShare(box, canvas) === 1 && !kept.some((k) => k !== a && overlap(k, box));
              expect(free && !blocked.some((o) => overlap(o, box)) && !onNode(c, box)).toBe(false);
            }
        }
      }),
    );
  });

  it('writes every named name; moves or leaves out a name only for what went before it, a node or the canvas’s edge', () => {
    fc.assert(
      fc.property(candidates, obstacles, room, (list, blocked, canvas) => {
        const all = unique(list);
        const kept = placeLabels(all, { obstacles: blocked, ...(canvas ? { room: canvas } : {}) });
        const placed = new Map(kept.map((b) => [b.key, b]));
        const discs = discsOf(all);
        const byName = (c: LabelCandidate, box: Box) =>
          blocked.some((o) => overlap(o, box)) ||
          kept.some((k) => k.key !== c.key && before(k, c) <= 0 && overlap(k, box));
        const onNode = (c: LabelCandidate, box: Box) => discs.some((d) => d.owner !== c.key && overlap(d, box));
        const whole = (b: Box) => shownShare(b, canvas) === 1;
        // Closed to a name at all; closed to it while a side clear of nodes too may be open.
        const onBigger = (c: LabelCandidate, box: Box) =>
          discs.some((d) => d.owner !== c.key && d.size > c.size && overlap(d, box));
        const shut = (c: LabelCandidate, s: Side) =>
          byName(c, boxOn(c, s)) || !whole(boxOn(c, s)) || onBigger(c, boxOn(c, s));
        const shutOrOnNode = (c: LabelCandidate, s: Side) => shut(c, s) || onNode(c, boxOn(c, s));
        for (const c of all) {
          const at = placed.get(c.key);
          if (c.always) expect(at).toBeDefined();
          if (!at) {
            for (const s of SIDES) expect(shut(c, s)).toBe(true);
            const right = boxOn(c, 'right');
            expect(byName(c, right) || onBigger(c, right) || shownShare(right, canvas) === 0).toBe(true);
            continue;
          }
          expect(boxOn(c, at.side)).toEqual({ x: at.x, y: at.y, width: at.width, height: at.height });
          if (c.always && (byName(c, at) || onBigger(c, at))) continue;
          const earlier = SIDES.slice(0, SIDES.indexOf(at.side));
          if (whole(at) && !onNode(c, at)) for (const s of earlier) expect(shutOrOnNode(c, s)).toBe(true);
          else if (whole(at)) {
            for (const s of SIDES) expect(shutOrOnNode(c, s)).toBe(true);
            for (const s of earlier) expect(shut(c, s)).toBe(true);
          } else {
            expect(at.side).toBe('right');
            for (const s of SIDES) expect(shut(c, s)).toBe(true);
          }
        }
      }),
    );
  });
});
