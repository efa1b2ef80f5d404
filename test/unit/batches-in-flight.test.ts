// The seeder's lanes: every row written exactly once whatever the batch size and lanes, never more transactions open
// than asked, the generator read one batch ahead at most, and a failed batch stops the other lanes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepared, sliced, writeInFlight } from '../../seed/synthetic/batches-in-flight.ts';

const tick = () => new Promise((done) => setTimeout(done, 0));

/** A writer that records its batches and how many were open at once, each taking a few turns of the event loop. */
function recorder(turns: (rows: number[]) => number) {
  const batches: number[][] = [];
  let open = 0;
  let mostOpen = 0;
  const write = async (rows: number[]) => {
    open++;
    mostOpen = Math.max(mostOpen, open);
    for (let i = 0; i < turns(rows); i++) await tick();
    batches.push(rows);
    open--;
  };
  return { write, batches, mostOpen: () => mostOpen };
}

function* counting(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

describe('writeInFlight', () => {
  it('writes every row once, in batches of the size asked, with at most the lanes asked open', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        async (n, size, lanes, fromGenerator) => {
          const rows = [...counting(n)];
          const source = fromGenerator ? prepared(counting(n), size) : sliced(rows, size);
          // Uneven write times, so lanes overtake each other.
          const r = recorder((b) => (b[0]! % 3) + 1);
          const progress: number[] = [];
          const written = await writeInFlight(source, lanes, r.write, (w) => progress.push(w));
          expect(written).toBe(n);
          expect(r.batches.flat().sort((a, b) => a - b)).toEqual(rows);
          expect(r.batches.every((b) => b.length === size || b.includes(n - 1))).toBe(true);
          expect(r.mostOpen()).toBeLessThanOrEqual(lanes);
          expect(progress).toEqual([...progress].sort((a, b) => a - b));
          expect(progress.at(-1) ?? 0).toBe(n);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps both lanes busy when there is work for both', async () => {
    const r = recorder(() => 3);
    await writeInFlight(sliced([...counting(100)], 10), 2, r.write);
    expect(r.mostOpen()).toBe(2);
  });

  it('reads the generator one batch ahead of what it has handed out, no further', async () => {
    let read = 0;
    function* rows() {
      for (let i = 0; i < 100; i++) {
        read++;
        yield i;
      }
    }
    const next = prepared(rows(), 10);
    await tick();
    expect(await next()).toEqual([...counting(10)]);
    await tick();
    // The first batch was handed out and the second generated; the third waits for the second to be taken.
    expect(read).toBe(20);
    expect((await next())[0]).toBe(10);
  });

  it('stops the other lanes after a failed batch and rejects with that failure', async () => {
    const seen: number[] = [];
    const write = async (rows: number[]) => {
      await tick();
      seen.push(rows[0]!);
      if (rows[0] === 20) throw new Error('batch 20 refused');
    };
    await expect(writeInFlight(sliced([...counting(200)], 10), 2, write)).rejects.toThrow('batch 20 refused');
    // Lanes finish what they hold: batches 0-30 at most, never the remaining 170 rows.
    expect(Math.max(...seen)).toBeLessThanOrEqual(30);
  });
});
