// Which relationship names are written: none over a node's name, the hovered box or another relationship's name, but
// those the reader chose (the selected one, a path's); each name's footprint follows its text, slanted or curved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlap, type Box } from '../../client/src/graph/box-grid.ts';
import {
  fitEdgeLabels,
  strokeBoxes,
  type EdgeLabelOffer,
  type FittedLabel,
  type Stroke,
  type Transform,
} from '../../client/src/graph/edge-label-fit.ts';
import { slides } from '../../client/src/graph/edge-label-recorder.ts';

const IDENTITY: Transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
/** A 60 px name, 10 px of ink above its baseline and 3 below, written at (x, y) under `transform`. */
const stroke = (x: number, y: number, transform = IDENTITY): Stroke => ({
  text: 'opposes',
  x,
  y,
  transform,
  width: 60,
  ascent: 10,
  descent: 3,
});

const union = (boxes: Box[]) => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
};
const area = (boxes: Box[]) => boxes.reduce((a, b) => a + b.width * b.height, 0);
/** A name that may go in one place, or in any of `more` after it. */
const offer = (key: string, boxes: Box[], always = false, ends = ['s', 't'], more: Box[][] = []): EdgeLabelOffer => ({
  key,
  always,
  places: [boxes, ...more],
  ends,
});
/** The names written, by key, from the offers they were picked from. */
const keysOf = (offers: EdgeLabelOffer[], kept: FittedLabel[]) => kept.map((k) => offers[k.index]!.key);
const box = (x: number, y: number, width = 40, height = 14): Box => ({ x, y, width, height });

describe('a relationship name’s footprint', () => {
  it('covers its text, from the ink above the baseline to the ink below, in slices about as long as it is high', () => {
    const boxes = strokeBoxes(stroke(100, 50), 1);
    expect(boxes).toHaveLength(Math.ceil(60 / 13));
    expect(union(boxes)).toEqual({ x: 100, y: 40, width: 60, height: 13 });
  });

  it('follows a slanted name instead of taking the square around it', () => {
    const turn = Math.PI / 4;
    const m = { a: Math.cos(turn), b: Math.sin(turn), c: -Math.sin(turn), d: Math.cos(turn), e: 200, f: 200 };
    const boxes = strokeBoxes(stroke(0, 0, m), 1);
    const whole = union(boxes);
    // The square around a 60 x 13 name turned 45° is ~52 px a side; the slices lie along the text, running down to the
    // right, and leave the square's other two corners free.
    expect(whole.width).toBeGreaterThan(45);
    const covered = (x: number, y: number) =>
      boxes.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height);
    expect(covered(whole.x + 2, whole.y + whole.height - 2)).toBe(false);
    expect(covered(whole.x + whole.width - 2, whole.y + 2)).toBe(false);
    expect(area(boxes)).toBeLessThan(whole.width * whole.height);
    // The text's far end is where the transform puts it: its top corner, 60 px along and 10 up, turned.
    expect(whole.x + whole.width).toBeCloseTo(200 + (60 + 10) * Math.cos(turn), 5);
  });

  it('is in CSS pixels on a canvas with more device pixels than CSS ones', () => {
    const doubled = { ...IDENTITY, a: 2, d: 2 };
    expect(strokeBoxes(stroke(100, 50, doubled), 2)).toEqual(strokeBoxes(stroke(100, 50), 1));
  });

  it('is nothing for an empty stroke', () => {
    expect(strokeBoxes({ ...stroke(0, 0), width: 0 }, 1)).toEqual([]);
  });
});

describe('fitting relationship names', () => {
  it('leaves out a name over a node’s name or the hovered box, and the second of two that meet', () => {
    const offers = [offer('over-name', [box(0, 0)]), offer('first', [box(200, 0)]), offer('second', [box(220, 5)])];
    expect(keysOf(offers, fitEdgeLabels(offers, [box(10, 5)]))).toEqual(['first']);
  });

  it('writes what the reader chose whatever it meets, and before the rest', () => {
    const offers = [offer('hovered', [box(0, 0)]), offer('selected', [box(10, 0)], true)];
    expect(keysOf(offers, fitEdgeLabels(offers, [box(15, 2)]))).toEqual(['selected']);
  });

  it('slides a name along its line to the first place that is free, and only when its own is taken', () => {
    const slid = [offer('e', [box(0, 0)], false, ['s', 't'], [[box(60, 0)], [box(120, 0)]])];
    expect(fitEdgeLabels(slid, [box(200, 0)])[0]).toMatchObject({ place: 0, boxes: [box(0, 0)] });
    expect(fitEdgeLabels(slid, [box(10, 0)])[0]).toMatchObject({ place: 1, boxes: [box(60, 0)] });
    expect(fitEdgeLabels(slid, [box(10, 0), box(70, 0)])[0]).toMatchObject({ place: 2 });
    expect(fitEdgeLabels(slid, [box(10, 0), box(70, 0), box(130, 0)])).toEqual([]);
  });

  it('leaves out a name another node would cover, but not one touching its own nodes', () => {
    const disc = (key: string, x: number) => ({ key, x, y: 0, width: 10, height: 10 });
    expect(fitEdgeLabels([offer('e', [box(0, 0)])], [], [disc('other', 20)])).toHaveLength(0);
    expect(fitEdgeLabels([offer('e', [box(0, 0)])], [], [disc('s', 20), disc('t', -5)])).toHaveLength(1);
  });

  it('keeps the 2 px between names that node names keep', () => {
    expect(fitEdgeLabels([offer('near', [box(0, 0)])], [box(41, 0)])).toHaveLength(0);
    expect(fitEdgeLabels([offer('clear', [box(0, 0)])], [box(43, 0)])).toHaveLength(1);
  });

  const boxArb = fc.record({
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 300 }),
    width: fc.integer({ min: 1, max: 80 }),
    height: fc.integer({ min: 1, max: 20 }),
  });
  const offersArb = fc.array(
    fc.record({
      places: fc.array(fc.array(boxArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
      always: fc.boolean(),
    }),
    { maxLength: 25 },
  );

  const discArb = fc.record({
    key: fc.constantFrom('s', 't', 'u', 'v'),
    x: fc.integer({ min: 0, max: 400 }),
    y: fc.integer({ min: 0, max: 300 }),
    width: fc.integer({ min: 2, max: 30 }),
  });

  it('writes every chosen name, no other over anything, and leaves out only names that meet something', () => {
    fc.assert(
      fc.property(
        offersArb,
        fc.array(boxArb, { maxLength: 10 }),
        fc.array(discArb, { maxLength: 10 }),
        (raw, taken, d) => {
          const discs = d.map((x) => ({ ...x, height: x.width }));
          const offers = raw.map((o, i) => offer(`e${i}`, o.places[0]!, o.always, ['s', 't'], o.places.slice(1)));
          const kept = fitEdgeLabels(offers, taken, discs);
          const written = new Map(kept.map((k) => [k.index, k]));
          const meets = (boxes: readonly Box[], others: readonly Box[]) =>
            boxes.some((b) => others.some((t) => overlap(b, t)));
          const foreign = (a: EdgeLabelOffer) => discs.filter((x) => !a.ends.includes(x.key));
          offers.forEach((o, i) => {
            const k = written.get(i);
            // The reader's choices are written where sigma put them.
            if (o.always) return expect(k?.place).toBe(0);
            const others = kept.filter((x) => x !== k).flatMap((x) => x.boxes);
            if (k) {
              expect(k.boxes).toBe(o.places[k.place]);
              expect(meets(k.boxes, [...taken, ...foreign(o), ...others])).toBe(false);
              // Each place before the one taken met something already there, and so meets what is written now.
              for (const p of o.places.slice(0, k.place))
                expect(meets(p, [...taken, ...foreign(o), ...others])).toBe(true);
            } else for (const p of o.places) expect(meets(p, [...taken, ...foreign(o), ...others])).toBe(true);
          });
        },
      ),
    );
  });
});

describe('sliding a straight line’s name', () => {
  it('offers half and all of the free length either way, after the middle, and nothing on a line with no room', () => {
    const a = { x: 0, y: 0, size: 5 };
    // 100 px between centres, 5 px radii, a 40 px name: 25 px free on each side of it.
    expect(slides(40, a, { x: 60, y: 80, size: 5 })).toEqual([0, 12.5, -12.5, 25, -25]);
    expect(slides(40, a, { x: 50, y: 0, size: 5 })).toEqual([0]);
  });
});
