// Small statistics for the benchmark: percentiles of timings, rates, and ratios rounded for a table.

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Significant enough for a table, never more digits than the noise of a 2-core machine deserves. */
export function round(n: number, digits = 2): number {
  if (!Number.isFinite(n)) return n;
  const abs = Math.abs(n);
  const d = abs >= 100 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
  return Number(n.toFixed(d));
}

/** Milliseconds since `start` (from performance.now()). */
export const since = (start: number) => performance.now() - start;

/** Runs `a` and `b` alternately, `a` first on even rounds and `b` first on odd ones, so drift hits both alike. */
export async function interleave(rounds: number, a: () => Promise<void>, b: () => Promise<void>): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      await a();
      await b();
    } else {
      await b();
      await a();
    }
  }
}
