// The zoom and pan that fit drawn items whose extents are in pixels: a node's disc and, to its right, its name. sigma's
// own frame fits positions only, so names near the right edge ran off the canvas. Discs must show whole; names may
// cost the drawing only so much zoom before the longest ones are left to run off.

/** One item along one axis, in pixels at sigma's own frame: `at` from the viewport's centre. */
export interface Extent {
  at: number;
  /** The disc's reach on either side. */
  before: number;
  after: number;
  /** How much further its name reaches past the disc, towards the end of the axis. */
  name: number;
}

export interface Axis {
  /** The viewport's length along this axis. */
  length: number;
  /** Pixels kept clear at the start (left, top) and at the end (right, bottom). */
  start: number;
  end: number;
  items: readonly Extent[];
}

export interface FitLimits {
  /** The furthest zoom out, as sigma's camera ratio. */
  maxRatio: number;
  /** How many times further than the discs alone need the view may zoom out to show every name whole. */
  forNames: number;
}

export interface Fit {
  /** sigma's camera ratio: 1 is its own frame, more is zoomed out. */
  ratio: number;
  /** Where the viewport's centre moves, per axis, in pixels at sigma's own frame. */
  shift: number[];
}

/**
 * At zoom `ratio` an item lands at `length/2 + (at - shift) / ratio`: the shifts keeping every item inside form an
 * interval. As the ratio grows its lower bound falls and its upper bound rises (for every item narrower than half the
 * view), so it is empty below some ratio and not above: the least ratio is found by bisection.
 */
function shiftRange(axis: Axis, ratio: number, names: boolean): [number, number] {
  const half = axis.length / 2;
  let lo = -Infinity;
  let hi = Infinity;
  for (const it of axis.items) {
    lo = Math.max(lo, it.at - ratio * (half - axis.end - it.after - (names ? it.name : 0)));
    hi = Math.min(hi, it.at + ratio * (half - axis.start - it.before));
  }
  return [lo, hi];
}

const fits = (axes: readonly Axis[], ratio: number, names: boolean) =>
  axes.every((a) => {
    const [lo, hi] = shiftRange(a, ratio, names);
    return lo <= hi;
  });

/** The least ratio in [from, to] at which everything fits; `to` when even that is not enough. */
function leastRatio(axes: readonly Axis[], names: boolean, from: number, to: number): number {
  if (fits(axes, from, names)) return from;
  if (!fits(axes, to, names)) return to;
  let lo = from;
  let hi = to;
  // Forty halvings leave the bracket far below a pixel's worth of zoom.
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(axes, mid, names)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Never closer than sigma's own frame (ratio 1). Each axis's shift centres the discs and names in the free space, kept
 * within what shows every disc whole: when names do not all fit, the ones furthest out run off, never a node.
 */
export function fitExtents(axes: readonly Axis[], limits: FitLimits): Fit {
  const discs = leastRatio(axes, false, 1, limits.maxRatio);
  const ratio = leastRatio(axes, true, discs, Math.min(limits.maxRatio, discs * limits.forNames));
  const shift = axes.map((a) => {
    if (!a.items.length) return 0;
    const [lo, hi] = shiftRange(a, ratio, true);
    const [min, max] = shiftRange(a, ratio, false);
    return Math.min(max, Math.max(min, (lo + hi) / 2));
  });
  return { ratio, shift };
}
