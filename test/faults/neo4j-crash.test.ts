// A real local Neo4j killed with SIGKILL under a real server process: answers turn into quick 503s, the process stays
// up, and everything recovers by itself when Neo4j is back; a server started while Neo4j is down waits for it; a
// server killed with SIGKILL starts again. One private Neo4j, started twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStory } from '../../seed/story.ts';
import type { ErrorResponse, HealthResponse } from '../../server/contract.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { freeHttpPort } from '../support/http-port.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';
import { cypher, request } from '../support/requests.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

let neo4j: OwnNeo4j;
let server: ServerProcess;
let second: ServerProcess;
let port: number;
let secondPort: number;

const start = (on: number, seed: boolean) =>
  spawnServer(on, {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.current.user,
    NEO4J_PASSWORD: neo4j.current.password,
    SEED_ON_START: String(seed),
    DB_ACQUIRE_TIMEOUT_MS: '2000',
  });

async function stop(p: ServerProcess | undefined): Promise<void> {
  if (p && p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await p?.exited;
}

beforeAll(async () => {
  neo4j = await startOwnNeo4j('crash');
  const driver = createDriver(neo4j.current);
  await seedStory({ driver, database: 'neo4j' }).finally(() => driver.close());
  port = await freeHttpPort(4900, 500);
  do secondPort = await freeHttpPort(4900, 500);
  while (secondPort === port);
  server = start(port, false);
  await server.printed(/explorer ready/);
}, 180_000);
afterAll(async () => {
  await stop(server);
  await stop(second);
  await neo4j?.dispose();
}, 60_000);

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  return [await work, Date.now() - t0];
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('Neo4j killed under a running server', () => {
  it('turns every data answer into a quick 503 while the process stays up', async () => {
    expect((await request(server.url, '/api/health')).status).toBe(200);
    await neo4j.current.kill();
    for (const path of ['/api/health', '/api/search?q=hts', '/api/nodes/hts', '/api/health']) {
      const [res, ms] = await timed(request<ErrorResponse>(server.url, path));
      expect(res.status, `${path}: ${res.text}`).toBe(503);
      expect(res.body.error.code).toBe('database_unavailable');
      expect(ms, path).toBeLessThan(5000);
    }
    const [console503, ms] = await timed(cypher<ErrorResponse>(server.url, 'MATCH (n) RETURN count(n)'));
    expect(console503.status).toBe(503);
    expect(ms).toBeLessThan(5000);
    expect((await request(server.url, '/api/health/live')).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  }, 60_000);

  it('a server started meanwhile listens at once and reports itself not ready', async () => {
    second = start(secondPort, true);
    await second.printed(/listening on/);
    expect((await request(second.url, '/api/health/live')).status).toBe(200);
    const waiting = await request<ErrorResponse>(second.url, '/api/health');
    expect(waiting.status).toBe(503);
    expect(waiting.body.error.code).toBe('starting');
  }, 60_000);

  it('when Neo4j comes back, the running server recovers by itself and the new one becomes ready', async () => {
    await neo4j.restart();
    await until(async () => (await request(server.url, '/api/health')).status === 200, 30_000);
    const health = await request<HealthResponse>(server.url, '/api/health');
    expect(health.body.dataset?.nodes).toBeGreaterThan(200);
    expect((await request(server.url, '/api/nodes/al-jolani')).status).toBe(200);
    expect((await cypher(server.url, "MATCH (n {id: 'hts'}) RETURN n.name")).status).toBe(200);

    await second.printed(/explorer ready/, 30_000);
    expect(second.output()).toMatch(/dataset already up to date/);
    expect((await request(second.url, '/api/search?q=jolani')).status).toBe(200);
  }, 120_000);

  it('a server killed with SIGKILL starts again on the same port', async () => {
    await stop(server);
    server = start(port, false);
    await server.printed(/explorer ready/);
    expect((await request(server.url, '/api/health')).status).toBe(200);
  }, 60_000);
});
