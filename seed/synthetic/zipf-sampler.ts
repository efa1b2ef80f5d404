// Draws nodes with probability falling as a power of their rank: a few hubs get most of the links, most get a handful.
import type { Random } from './random.ts';

/**
 * Chung–Lu style endpoint sampling: item i (0 = biggest hub) has weight 1 / (i + offset)^exponent. With exponent 1 the
 * degree distribution follows a power law with exponent about 2, as in real conflict graphs where states and major
 * operations gather tens of thousands of links while villages and fighters have a few.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly size: number,
    exponent: number,
    offset = 1,
  ) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i++) {
      total += 1 / Math.pow(i + offset, exponent);
      this.cumulative[i] = total;
    }
  }

  /** The share of all draws that item `rank` receives (used to check and report hub sizes). */
  share(rank: number): number {
    const prev = rank === 0 ? 0 : this.cumulative[rank - 1]!;
    return (this.cumulative[rank]! - prev) / this.cumulative[this.size - 1]!;
  }

  /** A rank in [0, size), by binary search over the cumulative weights. */
  draw(rng: Random): number {
    const u = rng.next() * this.cumulative[this.size - 1]!;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
