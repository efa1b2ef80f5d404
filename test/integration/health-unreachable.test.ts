// With Neo4j gone or hung, health says 503 within seconds; when it comes back the same app recovers without a restart.
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorResponse, HealthResponse } from '../../server/contract.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { testConnection } from '../support/neo4j.ts';
import { proxyTo, silentServer, unusedPort, type Listening } from '../support/tcp.ts';
import { getJson, startTestApp, type TestApp } from '../support/test-app.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function appOn(port: number): Promise<TestApp> {
  const conn = testConnection();
  const driver = createDriver({ ...conn, uri: `bolt://127.0.0.1:${port}`, acquireTimeoutMs: 2000 });
  const app = await startTestApp({ db: new GraphDatabase(driver, conn.database, 3000), healthDeadlineMs: 2500 });
  cleanups.push(async () => {
    await app.close();
    await driver.close();
  });
  return app;
}

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  const out = await work;
  return [out, Date.now() - t0];
}

describe('database unreachable', () => {
  it('answers 503 quickly when nothing listens, for health and for data endpoints', async () => {
    const app = await appOn(await unusedPort());
    const [health, ms] = await timed(getJson<ErrorResponse>(app.url, '/api/health'));
    expect(health.status).toBe(503);
    expect(health.body.error.code).toBe('database_unavailable');
    expect(health.headers.get('retry-after')).toBe('5');
    expect(ms).toBeLessThan(5000);
    const search = await getJson<ErrorResponse>(app.url, '/api/search?q=hts');
    expect(search.status).toBe(503);
    expect(JSON.stringify(search.body)).not.toMatch(/at .*\.js|bolt:|ECONNREFUSED|Neo4jError/);
  });

  it('answers 503 within seconds when the database accepts connections but never answers', async () => {
    const silent = await silentServer();
    cleanups.push(() => silent.close());
    const app = await appOn(silent.port);
    const [health, ms] = await timed(getJson<ErrorResponse>(app.url, '/api/health'));
    expect(health.status).toBe(503);
    expect(ms).toBeLessThan(6000);
  });

  it('recovers by itself when the database comes back', async () => {
    const port = await unusedPort();
    const app = await appOn(port);
    expect((await getJson(app.url, '/api/health')).status).toBe(503);

    const target = new URL(testConnection().uri.replace(/^\w+(\+\w+)?:/, 'http:'));
    const proxy: Listening = await proxyTo(target.hostname, Number(target.port || 7687), port);
    cleanups.push(() => proxy.close());
    const back = await getJson<HealthResponse>(app.url, '/api/health');
    expect(back.status).toBe(200);
    expect(back.body.neo4j.version).toMatch(/^5\./);

    await proxy.close();
    expect((await getJson(app.url, '/api/health')).status).toBe(503);
  });
});
