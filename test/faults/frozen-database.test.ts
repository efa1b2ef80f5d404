// A database that stops answering on connections already open (a frozen VM, a partition without resets): requests
// answer 503 within the query timeout plus a little, never hang, and the same app recovers when the answers resume.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../server/contract.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { faultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { testConnection } from '../support/neo4j.ts';
import { cypher, request } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const TIMEOUT_MS = 1500;
let proxy: FaultProxy;
let app: TestApp;

beforeAll(async () => {
  const conn = testConnection();
  const target = new URL(conn.uri.replace(/^\w+(\+\w+)?:/, 'http:'));
  proxy = await faultProxy(target.hostname, Number(target.port || 7687));
  const driver = createDriver({ ...conn, uri: `bolt://127.0.0.1:${proxy.port}`, acquireTimeoutMs: 2000 });
  app = await startTestApp({
    db: new GraphDatabase(driver, conn.database, TIMEOUT_MS),
    healthDeadlineMs: 2000,
    limits: {
      ...DEFAULT_LIMITS,
      ratePerMinute: 0,
      consoleRatePerMinute: 0,
      console: { ...DEFAULT_LIMITS.console, timeoutMs: TIMEOUT_MS },
    },
  });
  cleanup = () => driver.close();
});
let cleanup: () => Promise<void>;
afterAll(async () => {
  await app.close();
  await cleanup();
  await proxy.close();
});

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  return [await work, Date.now() - t0];
}

describe('a database that goes silent mid-connection', () => {
  it('gets 503s within the timeout and a little, for health, reads and the console alike', async () => {
    expect((await request(app.url, '/api/nodes/hts')).status).toBe(200);
    proxy.pause();
    // Alone first: it takes the pooled connection that was open before the freeze, which nothing else would time out.
    const [pooled, pooledMs] = await timed(request<ErrorResponse>(app.url, '/api/nodes/al-jolani'));
    expect(pooled.status, pooled.text).toBe(503);
    expect(pooledMs).toBeLessThan(TIMEOUT_MS + 4000);
    // Then together, on new connections whose handshake never completes.
    const answers = await Promise.all([
      timed(request<ErrorResponse>(app.url, '/api/health')),
      timed(request<ErrorResponse>(app.url, '/api/nodes/hts')),
      timed(request<ErrorResponse>(app.url, '/api/search?q=jolani')),
      timed(cypher<ErrorResponse>(app.url, 'MATCH (n:Person) RETURN n.name LIMIT 3')),
    ]);
    for (const [res, ms] of answers) {
      expect(res.status, res.text).toBe(503);
      expect(res.body.error.code).toBe('database_unavailable');
      expect(ms).toBeLessThan(TIMEOUT_MS + 4000);
    }
    expect((await request(app.url, '/api/health/live')).status).toBe(200);
  });

  it('recovers without a restart once the database answers again', async () => {
    proxy.resume();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await request(app.url, '/api/nodes/al-jolani')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await cypher(app.url, 'RETURN 1 AS one')).status).toBe(200);
    expect((await request(app.url, '/api/health')).status).toBe(200);
  });
});
