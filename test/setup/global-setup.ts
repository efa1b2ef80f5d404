// Before any test: a real Neo4j (NEO4J_URI, or a local one started here in .neo4j/test), seeded with the story, and a built client.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureLocalPassword } from '../../neo4j-local/credentials.ts';
import { portIsFree, startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/launcher.ts';
import { seedStory } from '../../seed/story.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { warmPlans } from '../../server/db/warm-plans.ts';
import { ensureClientBuilt } from '../../server/boot/ensure-client-built.ts';
import { createLogger } from '../../server/logger.ts';
import { TEST_DB_HOME, type Neo4jConnection } from '../support/neo4j.ts';
import { sweepStaleStores } from './sweep-stale-stores.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

let local: LocalNeo4j | undefined;

async function freePort(from: number): Promise<number> {
  for (let p = from; p < from + 50; p++) if (await portIsFree(p)) return p;
  throw new Error(`no free port between ${from} and ${from + 50} for the test Neo4j`);
}

export async function setup(project: TestProject): Promise<void> {
  let conn: Neo4jConnection;
  if (process.env.NEO4J_URI) {
    conn = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
    console.log(`[tests] using the Neo4j at NEO4J_URI=${conn.uri}`);
  } else {
    const swept = sweepStaleStores();
    if (swept.length) console.log(`[tests] removed ${swept.length} store(s) left by killed runs`);
    ensureLocalPassword();
    // Runs started together can pick the same free port; the loser of that race tries the next one.
    for (let attempt = 1; !local; attempt++) {
      try {
        local = await startLocalNeo4j({
          home: TEST_DB_HOME,
          port: await freePort(7688 + Math.floor(Math.random() * 20)),
          log: (l) => console.log(`[tests] ${l}`),
        });
      } catch (err) {
        if (attempt >= 3 || !/Address already in use|already in use/.test((err as Error).message)) throw err;
      }
    }
    conn = { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' };
  }
  const driver = createDriver(conn);
  try {
    const seeded = await seedStory({ driver, database: conn.database });
    console.log(`[tests] story seeded: ${seeded.nodes} entities, ${seeded.relationships} relationships`);
    // As the server does after its boot: no test (or fuzzed request) should pay for the planner's first look.
    await warmPlans(driver, conn.database);
  } finally {
    await driver.close();
  }
  await ensureClientBuilt(createLogger('warn'));
  project.provide('neo4j', conn);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (local) rmSync(local.home, { recursive: true, force: true });
}
