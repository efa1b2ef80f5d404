// The real app on a real port against the test Neo4j: HTTP tests talk to it with fetch, e2e tests with Chromium.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp, type AppDeps } from '../../server/app.ts';
import { CLIENT_DIST } from '../../server/boot/ensure-client-built.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { createLogger } from '../../server/logger.ts';
import { testDatabase, testDriver } from './neo4j.ts';

export interface TestApp {
  url: string;
  driver: Driver;
  server: Server;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const driver = testDriver();
  const app = createApp({
    db: testDatabase(driver),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    healthDeadlineMs: 3000,
    clientDir: CLIENT_DIST,
    // Every test talks from 127.0.0.1: per-client rate limits are off unless a test is about them.
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 0, consoleRatePerMinute: 0 },
    ...overrides,
  });
  const server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    driver,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await driver.close();
    },
  };
}

/** GET a JSON endpoint: status and parsed body, whatever the status. */
export async function getJson<T = unknown>(
  base: string,
  path: string,
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}
