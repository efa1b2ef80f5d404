// The real app in a process of its own for the benchmark (so load generator and server do not share an event loop):
// `tsx test/bench/serve-app.ts <bolt uri>`; prints "PORT <n>" once listening. Rate limits off, everything else default.
import { createApp } from '../../server/app.ts';
import { CLIENT_DIST } from '../../server/boot/ensure-client-built.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { createLogger } from '../../server/logger.ts';
import { loadDotEnv } from '../../neo4j-local/credentials.ts';

loadDotEnv();
const uri = process.argv[2]!;
const driver = createDriver({
  uri,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
});
// The configuration's default query timeout (QUERY_TIMEOUT_MS, 5 s): what a reader would get.
const db = new GraphDatabase(driver, process.env.NEO4J_DATABASE ?? 'neo4j', 5000);
const app = createApp({
  db,
  log: createLogger('silent'),
  healthDeadlineMs: 3000,
  clientDir: CLIENT_DIST,
  // One machine plays every client here: a per-client rate limit would measure the limiter, not the API.
  limits: { ...DEFAULT_LIMITS, ratePerMinute: 0, consoleRatePerMinute: 0 },
});
const server = app.listen(0, '127.0.0.1', () => {
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
