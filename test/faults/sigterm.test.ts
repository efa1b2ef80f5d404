// SIGTERM on the real server process: it stops taking requests, lets an in-flight one finish (or cuts it at the
// grace deadline when it would not), closes the driver and exits 0. Neo4j is reached through a proxy the test can
// freeze, so "in flight" is certain rather than a race.
import { get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { faultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { freeHttpPort } from '../support/http-port.ts';
import { testConnection } from '../support/neo4j.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function serverBehindProxy(graceMs: number): Promise<{ server: ServerProcess; proxy: FaultProxy }> {
  const conn = testConnection();
  const target = new URL(conn.uri.replace(/^\w+(\+\w+)?:/, 'http:'));
  const proxy = await faultProxy(target.hostname, Number(target.port || 7687));
  const server = spawnServer(await freeHttpPort(4100, 800), {
    NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
    SEED_ON_START: 'false',
    SHUTDOWN_GRACE_MS: String(graceMs),
  });
  cleanups.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
    await proxy.close();
  });
  await server.printed(/explorer ready/);
  return { server, proxy };
}

/** On a connection of its own (fetch's pool could fold a refused connect into the in-flight request's fate). */
function freshConnectionStatus(url: string): Promise<number | 'refused'> {
  return new Promise((done) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    }).on('error', () => done('refused'));
  });
}

/** A request that is certainly in flight: Neo4j cannot answer it until the proxy resumes. */
async function frozenRequest(server: ServerProcess, proxy: FaultProxy) {
  expect((await fetch(`${server.url}/api/nodes/hts`)).status).toBe(200);
  proxy.pause();
  const inFlight = fetch(`${server.url}/api/nodes/hts`).then(
    async (r) => ({ status: r.status, body: await r.text() }),
    (err: Error) => ({ status: 0, body: String(err.cause ?? err) }),
  );
  await new Promise((r) => setTimeout(r, 300));
  return { inFlight };
}

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new ones, then exits 0', async () => {
    const { server, proxy } = await serverBehindProxy(10_000);
    const { inFlight } = await frozenRequest(server, proxy);
    server.child.kill('SIGTERM');
    await server.printed(/shutting down/);

    expect([503, 'refused']).toContain(await freshConnectionStatus(`${server.url}/api/health/live`));

    proxy.resume();
    const answered = await inFlight;
    expect(answered.status, `${answered.body}\n${server.output().slice(-1500)}`).toBe(200);
    expect(JSON.parse(answered.body).key).toBe('hts');
    const t0 = Date.now();
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(server.output()).toContain('stopped cleanly');
  });

  it('cuts a request that outlives the grace period, and still exits 0', async () => {
    const { server, proxy } = await serverBehindProxy(1500);
    const { inFlight } = await frozenRequest(server, proxy);
    const t0 = Date.now();
    server.child.kill('SIGTERM');
    const cut = await inFlight;
    expect(cut.status).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1400);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // Grace, then at most the driver's own close deadline: never a hang on the frozen connection.
    expect(Date.now() - t0).toBeLessThan(1500 + 6000);
    expect(server.output()).toContain('grace period over');
  });
});
