// Removes the private Neo4j stores of test and bench runs that were killed before their teardown could delete them.
import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const PER_RUN = /^(?:test|bench|fault-[a-z0-9-]+)-(\d+)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but is not ours; only ESRCH says it is gone.
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Each store is named after the process that made it; a store whose process is gone is garbage (often ~80 MB). */
export function sweepStaleStores(root = resolve(import.meta.dirname, '..', '..', '.neo4j')): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(PER_RUN.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(resolve(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
