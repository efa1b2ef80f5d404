// Where the synthetic dataset lives: its own local Neo4j (own folder, own port, bigger heap), or NEO4J_URI if set.
import { resolve } from 'node:path';
import { resolveDatabase, type DatabaseLocation } from '../../neo4j-local/resolve-database.ts';

/** Community edition has one user database, so the scale data gets a store of its own next to the story's. */
export const SYNTHETIC_HOME = resolve(import.meta.dirname, '..', '..', '.neo4j', 'synthetic');

export function syntheticPort(): number {
  return Number(process.env.NEO4J_SYNTHETIC_PORT ?? 7797);
}

/**
 * With NEO4J_URI set, that server is used (the guard refuses it if it holds the story); otherwise a local Neo4j on
 * NEO4J_SYNTHETIC_PORT (default 7797, clear of the 7688–7737 range test runs take) over .neo4j/synthetic, shared if one is already running there.
 */
export function resolveSyntheticDatabase(log?: (line: string) => void): Promise<DatabaseLocation> {
  return resolveDatabase({
    home: SYNTHETIC_HOME,
    port: syntheticPort(),
    heap: process.env.NEO4J_SYNTHETIC_HEAP ?? '2g',
    ...(log ? { log } : {}),
  });
}
