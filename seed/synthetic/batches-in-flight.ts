// Writes a stream of batches with a set number of transactions in flight: each lane takes the next batch as soon as its
// last one has committed, so Neo4j can work on more than one core while the next batch is being prepared.

/** The next batch to write; an empty one means there are no more. */
export type BatchSource<T> = () => Promise<T[]>;

/** Batches of `size` from rows already in memory. */
export function sliced<T>(rows: T[], size: number): BatchSource<T> {
  let next = 0;
  return async () => rows.slice(next, (next += size));
}

/**
 * Batches of `size` from a generator. The batch after the last one handed out is generated while the earlier ones are
 * written, yielding every few hundred rows so the driver's I/O keeps flowing: the two cores work at once.
 */
export function prepared<T>(stream: Iterator<T>, size: number): BatchSource<T> {
  let coming = take(stream, size);
  return () => {
    const mine = coming;
    coming = mine.then(() => take(stream, size));
    return mine;
  };
}

async function take<T>(stream: Iterator<T>, size: number): Promise<T[]> {
  const out: T[] = [];
  while (out.length < size) {
    for (let i = 0; i < 500 && out.length < size; i++) {
      const item = stream.next();
      if (item.done) return out;
      out.push(item.value);
    }
    await new Promise((yielded) => setImmediate(yielded));
  }
  return out;
}

/**
 * Writes every batch `next` gives with `inFlight` lanes and resolves with the number of rows written. When a write
 * fails the other lanes stop taking batches, finish the one they hold, and the failure is what the caller sees.
 */
export async function writeInFlight<T>(
  next: BatchSource<T>,
  inFlight: number,
  write: (rows: T[]) => Promise<void>,
  progress: (written: number) => void = () => {},
): Promise<number> {
  let written = 0;
  let failed = false;
  const lane = async () => {
    while (!failed) {
      const rows = await next();
      if (!rows.length || failed) return;
      try {
        await write(rows);
      } catch (err) {
        failed = true;
        throw err;
      }
      written += rows.length;
      progress(written);
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: inFlight }, lane));
  const failure = lanes.find((l) => l.status === 'rejected');
  if (failure) throw failure.reason;
  return written;
}
