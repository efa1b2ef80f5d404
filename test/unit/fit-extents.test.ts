// The framing that keeps nodes and names whole: checked against the placement rule it promises, for any drawing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitExtents, type Axis, type Extent } from '../../client/src/graph/fit-extents.ts';

/** How far anything sticks out past the insets once the camera zooms out by `ratio` and moves by `shift`. */
function overflow(axis: Axis, ratio: number, shift: number, names: boolean): number {
  let worst = -Infinity;
  for (const it of axis.items) {
    const p = axis.length / 2 + (it.at - shift) / ratio;
    const reach = it.after + (names ? it.name : 0);
    worst = Math.max(worst, axis.start - (p - it.before), p + reach - (axis.length - axis.end));
  }
  return worst;
}

const axis = (length: number, names: boolean) =>
  fc.record({
    length: fc.constant(length),
    start: fc.integer({ min: 0, max: 80 }),
    end: fc.integer({ min: 0, max: 80 }),
    items: fc.array(
      fc.record({
        at: fc.double({ min: -length / 2, max: length / 2, noNaN: true }),
        before: fc.double({ min: 0, max: 20, noNaN: true }),
        after: fc.double({ min: 0, max: 20, noNaN: true }),
        name: names ? fc.double({ min: 0, max: length / 3, noNaN: true }) : fc.constant(0),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  });

const LIMITS = { maxRatio: 8, forNames: 1.5 };

/** Two items across an 800 px view with no insets. */
const acrossTwo = (right: Extent, left: Extent): Axis => ({ length: 800, start: 0, end: 0, items: [right, left] });

describe('fitting nodes and their names into the view', () => {
  it('shows every node whole, and every name too when that costs at most the allowed zoom, never zooming closer', () => {
    fc.assert(
      fc.property(axis(900, true), axis(700, false), (x, y) => {
        const fit = fitExtents([x, y], LIMITS);
        expect(fit.ratio).toBeGreaterThanOrEqual(1);
        if (fit.ratio < LIMITS.maxRatio) {
          expect(overflow(x, fit.ratio, fit.shift[0]!, false)).toBeLessThan(1e-6);
          expect(overflow(y, fit.ratio, fit.shift[1]!, false)).toBeLessThan(1e-6);
        }
        const allNames = overflow(x, fit.ratio, fit.shift[0]!, true) < 1e-6;
        if (!allNames) {
          // Names were left to run off only because showing them would have cost more than the allowed zoom.
          const discs = fitExtents([x, y], { maxRatio: LIMITS.maxRatio, forNames: 1 }).ratio;
          expect(fit.ratio).toBeCloseTo(Math.min(LIMITS.maxRatio, discs * LIMITS.forNames), 9);
        }
        // Any closer and something that is shown would stick out.
        if (fit.ratio > 1 + 1e-6 && allNames) {
          const closer = fit.ratio * 0.999;
          const c = fitExtents([x, y], { maxRatio: closer, forNames: LIMITS.forNames });
          const out = Math.max(overflow(x, closer, c.shift[0]!, true), overflow(y, closer, c.shift[1]!, true));
          expect(out).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('leaves a drawing that already fits at sigma’s frame, centring what it shows', () => {
    const fit = fitExtents(
      [
        {
          length: 800,
          start: 10,
          end: 10,
          items: [
            { at: -100, before: 5, after: 5, name: 0 },
            { at: 100, before: 5, after: 5, name: 60 },
          ],
        },
        { length: 600, start: 70, end: 10, items: [{ at: 0, before: 5, after: 5, name: 0 }] },
      ],
      LIMITS,
    );
    expect(fit.ratio).toBe(1);
    // Across, the drawing spans -105..165: its middle, 30 px right of the centre, becomes the centre.
    expect(fit.shift[0]).toBeCloseTo(30, 6);
    // Down, a 70 px toolbar above and 10 px below: the free band's middle is 30 px below the centre.
    expect(fit.shift[1]).toBeCloseTo(-30, 6);
  });

  it('zooms out just enough to bring a long name by the right edge inside', () => {
    // Nodes 380 px either side of an 800 px view's centre, the right one named 200 px long: r = 760 / 600.
    const x = acrossTwo({ at: 380, before: 0, after: 0, name: 200 }, { at: -380, before: 0, after: 0, name: 0 });
    const fit = fitExtents([x], LIMITS);
    expect(fit.ratio).toBeCloseTo(760 / 600, 6);
    expect(overflow(x, fit.ratio, fit.shift[0]!, true)).toBeLessThan(1e-6);
  });

  it('lets the longest name run off rather than shrink the drawing past the allowance, keeping every node in', () => {
    const x = acrossTwo({ at: 390, before: 4, after: 4, name: 500 }, { at: -390, before: 4, after: 4, name: 0 });
    const fit = fitExtents([x], LIMITS);
    const discs = fitExtents([x], { maxRatio: 8, forNames: 1 }).ratio;
    expect(fit.ratio).toBeCloseTo(discs * 1.5, 9);
    expect(overflow(x, fit.ratio, fit.shift[0]!, false)).toBeLessThan(1e-6);
    expect(overflow(x, fit.ratio, fit.shift[0]!, true)).toBeGreaterThan(0);
  });
});
