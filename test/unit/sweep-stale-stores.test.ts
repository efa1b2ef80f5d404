// The sweep deletes only per-run stores whose process has ended: never the dev store, the synthetic one or a live run's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepStaleStores } from '../setup/sweep-stale-stores.ts';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

describe('sweepStaleStores', () => {
  it('removes the stores of ended runs and keeps everything else', () => {
    root = mkdtempSync(join(tmpdir(), 'sweep-'));
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    const live = [process.pid, process.ppid];
    const names = [
      `test-${ended}`,
      `bench-${ended}`,
      `fault-restart-${ended}`,
      ...live.map((p) => `test-${p}`),
      'data',
      'synthetic',
      'test',
      'test-notapid',
    ];
    for (const n of names) mkdirSync(join(root, n));

    const removed = sweepStaleStores(root);

    expect(removed.sort()).toEqual([`bench-${ended}`, `fault-restart-${ended}`, `test-${ended}`]);
    expect(readdirSync(root).sort()).toEqual(
      [...live.map((p) => `test-${p}`), 'data', 'synthetic', 'test', 'test-notapid'].sort(),
    );
  });

  it('does nothing when there is no .neo4j folder yet', () => {
    const missing = join(tmpdir(), `no-such-${process.pid}-${Date.now()}`);
    expect(sweepStaleStores(missing)).toEqual([]);
    expect(existsSync(missing)).toBe(false);
  });
});
