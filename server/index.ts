// Boot: config, database (local or NEO4J_URI), client build, listen, then wait for Neo4j and seed; drain on SIGTERM.
import { loadDotEnv } from '../neo4j-local/credentials.ts';
import { portIsFree } from '../neo4j-local/launcher.ts';
import { resolveDatabase } from '../neo4j-local/resolve-database.ts';
import { resolveSyntheticDatabase } from '../seed/synthetic/synthetic-store.ts';
import { createApp } from './app.ts';
import { CLIENT_DIST, ensureClientBuilt } from './boot/ensure-client-built.ts';
import { listen } from './boot/listen.ts';
import { prepareDatabase } from './boot/prepare-database.ts';
import { installShutdown } from './boot/shutdown.ts';
import { ConfigError, parseConfig } from './config.ts';
import { createDriver } from './db/create-driver.ts';
import { GraphDatabase } from './db/graph-database.ts';
import { warmPlans } from './db/warm-plans.ts';
import { limitsFrom } from './http/limits.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  loadDotEnv();
  const config = parseConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  if (config.PORT !== 0 && !(await portIsFree(config.PORT, config.HOST)))
    throw new Error(
      `Port ${config.PORT} on ${config.HOST} is already in use. Stop what holds it, or set PORT (PORT=3001 npm start).`,
    );

  // `npm start -- --synthetic`: the scale dataset's own store (seed it first: npm run seed -- --synthetic 100000).
  const synthetic = process.argv.includes('--synthetic');
  const location = synthetic
    ? await resolveSyntheticDatabase((line) => log.info(line))
    : await resolveDatabase({ log: (line) => log.info(line) });
  const driver = createDriver({ ...location, acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS });
  await ensureClientBuilt(log);

  // Listen first: liveness answers at once, readiness (/api/health) says 503 until Neo4j answers and holds the data.
  let starting = true;
  let draining = false;
  const db = new GraphDatabase(driver, config.NEO4J_DATABASE, config.QUERY_TIMEOUT_MS);
  const app = createApp({
    db,
    log,
    healthDeadlineMs: config.DB_ACQUIRE_TIMEOUT_MS,
    clientDir: CLIENT_DIST,
    isDraining: () => draining,
    isStarting: () => starting,
    limits: limitsFrom(config),
  });
  const server = await listen(app, config.PORT, config.HOST);
  installShutdown({
    server,
    driver,
    stopDatabase: location.owned?.stop,
    log,
    graceMs: config.SHUTDOWN_GRACE_MS,
    setDraining: () => (draining = true),
  });
  const shown = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  log.info(`listening on http://${shown}:${config.PORT}; getting the database ready…`);
  await prepareDatabase({
    driver,
    database: config.NEO4J_DATABASE,
    seed: config.SEED_ON_START && !synthetic,
    describe: location.describe,
    log,
  });
  starting = false;
  log.info(`explorer ready on http://${shown}:${config.PORT}`);
  // Plan every API statement in the background, so the first reader of each endpoint does not wait for the planner.
  void warmPlans(driver, config.NEO4J_DATABASE).then((w) =>
    log.info(`${w.statements} API statements planned in ${w.ms} ms`),
  );
}

main().catch((err: Error) => {
  // A boot failure is a sentence for a person, not a stack trace.
  console.error(err instanceof ConfigError ? err.message : `Could not start the explorer: ${err.message}`);
  process.exit(1);
});
