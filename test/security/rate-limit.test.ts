// Threat suite, bursts: per-client limits answer 429 with the standard RateLimit headers, a forged X-Forwarded-For
// resets nothing, and behind one trusted proxy the client is the address that proxy saw (the right-most hop).
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../server/contract.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { cypher, request } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { expectDatabaseUnchanged } from '../support/unchanged-database.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});

async function appWith(trustProxy: number, ratePerMinute = 5, consoleRatePerMinute = 2): Promise<TestApp> {
  const app = await startTestApp({ limits: { ...DEFAULT_LIMITS, trustProxy, ratePerMinute, consoleRatePerMinute } });
  apps.push(app);
  return app;
}

const search = (app: TestApp, xff?: string) =>
  request<ErrorResponse>(app.url, '/api/search?q=hts', { headers: xff ? { 'x-forwarded-for': xff } : {} });

describe('rate limits', () => {
  it('say how much is left, then answer 429 with Retry-After when it is spent', async () => {
    const app = await appWith(0);
    const first = await search(app);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toMatch(/^"api"; q=5; w=60; pk=:[\w+/=]+:$/);
    expect(first.headers.get('ratelimit')).toMatch(/^"api"; r=4; t=\d+/);
    for (let i = 0; i < 4; i++) expect((await search(app)).status).toBe(200);
    const over = await search(app);
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('rate_limited');
    expect(over.body.error.message).toContain('5 API requests per minute');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    // The liveness probe is never limited: orchestrators must see the process is up.
    expect((await request(app.url, '/api/health/live')).status).toBe(200);
  });

  it('a forged X-Forwarded-For does not make a new client when no proxy is trusted', async () => {
    const app = await appWith(0);
    for (let i = 0; i < 5; i++) expect((await search(app, `10.0.0.${i}`)).status).toBe(200);
    expect((await search(app, '10.9.9.9')).status).toBe(429);
    expect((await search(app, '10.9.9.9, 10.8.8.8')).status).toBe(429);
  });

  it('behind one trusted proxy, the client is the right-most X-Forwarded-For hop, whatever is forged to its left', async () => {
    const app = await appWith(1);
    for (let i = 0; i < 5; i++) expect((await search(app, `6.6.6.${i}, 203.0.113.7`)).status).toBe(200);
    expect((await search(app, '1.2.3.4, 203.0.113.7')).status).toBe(429);
    expect((await search(app, '203.0.113.7')).status).toBe(429);
    // Another reader behind the same proxy has a budget of their own.
    expect((await search(app, '198.51.100.23')).status).toBe(200);
  });

  it('the console has a tighter budget of its own', async () => {
    const app = await appWith(0, 100, 2);
    expect((await cypher(app.url, 'RETURN 1')).status).toBe(200);
    expect((await cypher(app.url, 'RETURN 1')).status).toBe(200);
    const over = await cypher<ErrorResponse>(app.url, 'RETURN 1');
    expect(over.status).toBe(429);
    expect(over.body.error.message).toContain('2 console queries per minute');
    expect(over.headers.get('ratelimit-policy')).toContain('"console"; q=2; w=60');
    expect((await search(app)).status).toBe(200);
  });
});

expectDatabaseUnchanged();
