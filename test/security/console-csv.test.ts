// Threat suite, LOAD CSV: files and URLs are refused by the console, and the local Neo4j refuses them on its own
// (a loopback canary server must never see a request, whichever way the query arrives).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../server/contract.ts';
import { startCanary, type Canary } from '../support/canary.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { cypher } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { expectDatabaseUnchanged } from '../support/unchanged-database.ts';

let app: TestApp;
let canary: Canary;
let driver: Driver;
beforeAll(async () => {
  app = await startTestApp();
  canary = await startCanary();
  driver = testDriver();
});
afterAll(async () => {
  await app.close();
  await canary.close();
  await driver.close();
});

describe('the console refuses LOAD CSV in every form', () => {
  const forms = (url: string): [string, Record<string, unknown>?][] => [
    [`LOAD CSV FROM '${url}/plain.csv' AS row RETURN row`],
    [`LOAD CSV WITH HEADERS FROM '${url}/headers.csv' AS row RETURN row.name`],
    ['LOAD CSV FROM $url AS row RETURN row', { url: `${url}/param.csv` }],
    [`CALL () { LOAD CSV FROM '${url}/subquery.csv' AS row RETURN row } RETURN row`],
    [`MATCH (n:Person) WHERE EXISTS { LOAD CSV FROM '${url}/exists.csv' AS row RETURN row } RETURN n`],
    [`LOAD CSV FROM '${url}/write.csv' AS row CREATE (:Canary {name: row[0]})`],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ["LOAD CSV FROM 'file:///' + 'etc/passwd' AS row RETURN row"],
    ["LOAD CSV FROM 'file:///import/../../../../etc/hostname' AS row RETURN row"],
  ];

  it('answers 422 to each, and the canary sees nothing', async () => {
    for (const [query, params] of forms(canary.url)) {
      const res = await cypher<ErrorResponse>(app.url, query, params);
      expect(res.status, query).toBe(422);
      expect(res.body.error.message, query).toMatch(/cannot load files or URLs|read-only/);
    }
    expect(canary.hits).toEqual([]);
  });
});

describe.skipIf(Boolean(process.env.NEO4J_URI))('the local Neo4j refuses LOAD CSV by itself', () => {
  async function direct(query: string): Promise<string> {
    const session = driver.session({ database: testConnection().database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(query);
      return 'ran';
    } catch (err) {
      return (err as Error).message;
    } finally {
      await session.close();
    }
  }

  it('to a loopback URL (outbound loads are blocked for every address)', async () => {
    expect(await direct(`LOAD CSV FROM '${canary.url}/direct.csv' AS row RETURN row`)).toMatch(/blocked/);
    expect(
      await direct(`LOAD CSV FROM 'http://localhost:${new URL(canary.url).port}/x.csv' AS row RETURN row`),
    ).toMatch(/blocked/);
    expect(canary.hits).toEqual([]);
  });

  it('to local files', async () => {
    expect(await direct("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")).toMatch(
      /allow_csv_import_from_file_urls/,
    );
  });
});

expectDatabaseUnchanged();
