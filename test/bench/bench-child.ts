// The child side of app-process.ts, shared by every benchmark server: its database from argv and .env, its
// "PORT <n>" line once listening, and its exit when the benchmark stops it or dies.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { loadDotEnv } from '../../neo4j-local/credentials.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';

/** The Neo4j at `argv[2]`, with the credentials a reader's server would use and the default 5 s query timeout. */
export function benchDatabase(): { driver: Driver; db: GraphDatabase } {
  loadDotEnv();
  const driver = createDriver({
    uri: process.argv[2]!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  return { driver, db: new GraphDatabase(driver, process.env.NEO4J_DATABASE ?? 'neo4j', 5000) };
}

/** Listens on a free loopback port and says which; exits when stdin closes (the benchmark died) or on SIGTERM. */
export function serveForBench(server: Server, driver: Driver): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
  });
  // The benchmark holds our stdin open; if it dies, so do we.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => void driver.close().then(() => process.exit(0)));
  });
}
