// Which names are written: none over another but those the reader named, the reader's attention and bigger nodes
// first, and no name left out that would have fitted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { before, placeLabels, type LabelBox } from '../../client/src/graph/label-placement.ts';

type Rank = 'named' | 'looked at' | 'plain';
const box = (key: string, x: number, y: number, size: number, rank: Rank = 'plain', width = 80): LabelBox => ({
  key,
  x,
  y,
  width,
  height: 14,
  size,
  forced: rank !== 'plain',
  always: rank === 'named',
});

/** Overlapping, or closer than the 2 px the placement keeps between names. */
const touches = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width + 2 && b.x < a.x + a.width + 2 && a.y < b.y + b.height + 2 && b.y < a.y + a.height + 2;

const keys = (boxes: LabelBox[]) => boxes.map((b) => b.key).sort();

describe('placing names', () => {
  it('keeps every name when none meet', () => {
    const apart = [box('a', 0, 0, 5), box('b', 100, 0, 3), box('c', 0, 40, 9)];
    expect(keys(placeLabels(apart))).toEqual(['a', 'b', 'c']);
  });

  it('gives the place to the bigger node when two names meet', () => {
    expect(keys(placeLabels([box('small', 0, 0, 3), box('big', 40, 5, 8)]))).toEqual(['big']);
    expect(keys(placeLabels([box('big', 0, 0, 8), box('small', 40, 5, 3)]))).toEqual(['big']);
  });

  it('leaves a gap between names: touching counts as meeting', () => {
    expect(keys(placeLabels([box('a', 0, 0, 5), box('b', 81, 0, 4)]))).toEqual(['a']);
    expect(keys(placeLabels([box('a', 0, 0, 5), box('b', 83, 0, 4)]))).toEqual(['a', 'b']);
  });

  it('writes the names the reader named even where they meet, and they take the place first', () => {
    const kept = placeLabels([box('big', 0, 0, 20), box('named', 10, 0, 2, 'named'), box('also', 20, 4, 1, 'named')]);
    expect(keys(kept)).toEqual(['also', 'named']);
  });

  it('places the names the reader looks at before bigger ones, but not over each other', () => {
    const kept = placeLabels([
      box('big', 0, 0, 20),
      box('neighbour', 10, 0, 2, 'looked at'),
      box('smaller neighbour', 20, 4, 1, 'looked at'),
      box('elsewhere', 0, 100, 1, 'looked at'),
    ]);
    expect(keys(kept)).toEqual(['elsewhere', 'neighbour']);
  });

  it('finds names that meet across the grid of 64 px cells, whatever their size', () => {
    const wide = box('wide', 10, 10, 9, 'plain', 300);
    expect(keys(placeLabels([wide, box('under', 250, 20, 1)]))).toEqual(['wide']);
    expect(keys(placeLabels([wide, box('below', 200, 26, 1)]))).toEqual(['below', 'wide']);
  });

  const boxes = fc.array(
    fc.record({
      key: fc.string(),
      x: fc.integer({ min: -50, max: 600 }),
      y: fc.integer({ min: -50, max: 400 }),
      width: fc.integer({ min: 0, max: 220 }),
      height: fc.integer({ min: 8, max: 20 }),
      size: fc.integer({ min: 1, max: 30 }),
      forced: fc.boolean(),
      always: fc.boolean(),
    }),
    { maxLength: 60 },
  );
  // A named name is looked at too (display.ts sets both).
  const unique = (list: LabelBox[]) =>
    list.map((b, i) => ({ ...b, key: `${i}:${b.key}`, forced: b.forced || b.always }));

  it('never writes two names that meet, unless both were named', () => {
    fc.assert(
      fc.property(boxes, (list) => {
        const kept = placeLabels(unique(list));
        for (const a of kept)
          for (const b of kept) if (a !== b && !(a.always && b.always)) expect(touches(a, b)).toBe(false);
      }),
    );
  });

  it('writes every named name, and leaves one out only for a name it meets that went first', () => {
    fc.assert(
      fc.property(boxes, (list) => {
        const all = unique(list);
        const kept = placeLabels(all);
        const written = new Set(kept.map((b) => b.key));
        for (const b of all.filter((b) => b.always)) expect(written.has(b.key)).toBe(true);
        for (const b of all.filter((b) => !written.has(b.key)))
          expect(kept.some((k) => touches(k, b) && before(k, b) <= 0)).toBe(true);
      }),
    );
  });
});
