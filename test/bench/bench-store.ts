// A fresh Neo4j store for one benchmark run (its own folder and port, removed afterwards), or NEO4J_BENCH_URI's.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDotEnv } from '../../neo4j-local/credentials.ts';
import { portIsFree, startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/launcher.ts';

export interface BenchStore {
  uri: string;
  user: string;
  password: string;
  database: string;
  close(): Promise<void>;
}

async function freePort(from: number): Promise<number> {
  for (let p = from; p < from + 100; p++) if (await portIsFree(p)) return p;
  throw new Error(`no free port from ${from} for the benchmark's Neo4j`);
}

/**
 * The seeding figures need an empty store, and the MERGE comparison writes scratch labels: never the story's or the
 * synthetic store. Set NEO4J_BENCH_URI (with NEO4J_USER/NEO4J_PASSWORD) to use an empty server of your own instead.
 */
export async function openBenchStore(log: (line: string) => void): Promise<BenchStore> {
  loadDotEnv();
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  if (process.env.NEO4J_BENCH_URI) {
    return {
      uri: process.env.NEO4J_BENCH_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database,
      close: async () => {},
    };
  }
  const home = resolve(import.meta.dirname, '..', '..', '.neo4j', `bench-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  const local: LocalNeo4j = await startLocalNeo4j({
    home,
    port: await freePort(7800),
    heap: process.env.NEO4J_BENCH_HEAP ?? '2g',
    log,
  });
  return {
    uri: local.uri,
    user: local.user,
    password: local.password,
    database,
    close: async () => {
      await local.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
