// A small seeded PRNG: the synthetic dataset must come out identical for the same size and seed, on any machine.

/** cyrb53-style string hash → 32-bit seed, so "--seed war" works as well as "--seed 42". */
export function hashSeed(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

interface WeightTable<K> {
  keys: K[];
  cumulative: number[];
  total: number;
}
const TABLES = new WeakMap<object, WeightTable<string>>();

/** mulberry32: fast, 32-bit state, good enough for shaping test data (not for anything secret). */
export class Random {
  private state: number;

  constructor(seed: string | number) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  }

  /** A uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a key with probability proportional to its weight (the cumulative table is built once per weights object). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    let table = TABLES.get(weights) as WeightTable<K> | undefined;
    if (!table) {
      const keys = Object.keys(weights) as K[];
      let total = 0;
      const cumulative = keys.map((k) => (total += weights[k] ?? 0));
      table = { keys, cumulative, total };
      TABLES.set(weights, table);
    }
    const u = this.next() * table.total;
    for (let i = 0; i < table.keys.length; i++) if (u < table.cumulative[i]!) return table.keys[i]!;
    return table.keys[table.keys.length - 1]!;
  }

  /** Roughly normal (sum of uniforms), for coordinates scattered around a centre. */
  gaussian(mean: number, sd: number): number {
    return mean + (this.next() + this.next() + this.next() + this.next() - 2) * sd * 1.73;
  }

  /** An independent stream for one part of the generator, so changing one part leaves the others' output alone. */
  fork(label: string): Random {
    return new Random(hashSeed(`${this.state}:${label}`));
  }
}
