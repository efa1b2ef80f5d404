// Seeding against a real, private Neo4j: killed mid-transaction it leaves nothing half-done, and seeding again
// converges on exactly the graph a clean seed makes; two seeds at once on an empty store duplicate nothing.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../seed/import.ts';
import { seedStory } from '../../seed/story.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { dbFingerprint } from '../support/db-fingerprint.ts';
import { faultProxy } from '../support/fault-proxy.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';

const database = 'neo4j';
let neo4j: OwnNeo4j;
/** What a clean seed of the same files looks like: the shared test database, seeded by the global setup. */
let clean: Awaited<ReturnType<typeof graphOf>>;

/** Data and schema; not the token lists, which remember keys that rolled-back transactions of other tests named. */
async function graphOf(driver: Driver, db: string) {
  const { nodes, relationships, constraints, indexes } = await dbFingerprint(driver, db);
  return { nodes, relationships, constraints, indexes };
}

beforeAll(async () => {
  neo4j = await startOwnNeo4j('seed');
  const shared = testDriver();
  clean = await graphOf(shared, testConnection().database).finally(() => shared.close());
}, 180_000);
afterAll(() => neo4j?.dispose(), 60_000);

async function withDriver<T>(work: (driver: Driver) => Promise<T>, uri = neo4j.uri): Promise<T> {
  const driver = createDriver({ ...neo4j.current, uri });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

describe('a seed interrupted by a killed database', () => {
  it('leaves nothing behind, and the next seed converges on the clean graph', async () => {
    const proxy = await faultProxy('127.0.0.1', neo4j.port);
    const outcome = withDriver(async (driver) => {
      const seeding = seedStory({ driver, database }).then(
        () => 'finished',
        (err: Error) => `failed: ${err.message}`,
      );
      // Every node is merged and the relationships have begun: the one transaction is open, far from its commit.
      await proxy.sees('MERGE (a)-[r:');
      proxy.pause();
      await neo4j.current.kill();
      await proxy.close();
      return seeding;
    }, `bolt://127.0.0.1:${proxy.port}`);
    expect(await outcome).toMatch(/^failed/);

    await neo4j.restart();
    await withDriver(async (driver) => {
      expect(await countGraph({ driver, database })).toEqual({ nodes: 0, relationships: 0 });
      await seedStory({ driver, database });
      expect(await graphOf(driver, database)).toEqual(clean);
    });
  }, 180_000);
});

describe('two seeds at once', () => {
  it('on an empty store, without schema, both succeed and nothing is duplicated', async () => {
    await withDriver(async (driver) => {
      await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
      // Constraints first: dropping one drops the index it owns.
      for (const [list, kind] of [
        ['CONSTRAINTS', 'CONSTRAINT'],
        ['INDEXES', 'INDEX'],
      ]) {
        const names = await driver.executeQuery(`SHOW ${list} YIELD name, type WHERE type <> 'LOOKUP' RETURN name`);
        for (const r of names.records)
          await driver.executeQuery(`DROP ${kind} \`${String(r.get('name'))}\` IF EXISTS`, {}, { database });
      }
      expect(await countGraph({ driver, database })).toEqual({ nodes: 0, relationships: 0 });
    });
    // Two drivers: two processes, as when two `npm start`s race on one database.
    await Promise.all([
      withDriver((d) => seedStory({ driver: d, database })),
      withDriver((d) => seedStory({ driver: d, database })),
    ]);
    await withDriver(async (driver) => expect(await graphOf(driver, database)).toEqual(clean));
  }, 120_000);
});
