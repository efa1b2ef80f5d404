// A private local Neo4j for one fault-test file (own store, own port), which the test may kill and restart at will.
// The shared test database is never touched.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { portIsFree, startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/launcher.ts';

export interface OwnNeo4j {
  current: LocalNeo4j;
  uri: string;
  port: number;
  /** Starts it again on the same store and port (after kill or stop). */
  restart(): Promise<void>;
  /** Stops it and deletes its store. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  // Away from 7687 (dev) and 7688+ (test runs); a random start keeps parallel files apart.
  const from = 7800 + Math.floor(Math.random() * 150);
  for (let p = from; p < from + 50; p++) if (await portIsFree(p)) return p;
  throw new Error('no free port for a private Neo4j');
}

/** A free port can be taken by a concurrent run before Neo4j binds it: then try another. */
async function firstStart(home: string): Promise<{ port: number; db: LocalNeo4j }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return { port, db: await startLocalNeo4j({ home, port, log: () => {} }) };
    } catch (err) {
      if (attempt >= 3 || !/already in use/.test((err as Error).message)) throw err;
    }
  }
}

export async function startOwnNeo4j(name: string): Promise<OwnNeo4j> {
  const home = resolve(import.meta.dirname, '..', '..', '.neo4j', `fault-${name}-${process.pid}`);
  const { port, db } = await firstStart(home);
  const start = () => startLocalNeo4j({ home, port, log: () => {} });
  const own: OwnNeo4j = {
    current: db,
    uri: `bolt://127.0.0.1:${port}`,
    port,
    async restart() {
      own.current = await start();
    },
    async dispose() {
      await own.current.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
  return own;
}
