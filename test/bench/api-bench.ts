// API latency per endpoint against the raw driver running exactly the statements that request ran, sent as the API
// sends them and through executeQuery, interleaved request by request (same warm-up, same moment); for the cheapest
// lookups also against a bare node:http server over the same reads, the floor under any HTTP API on this machine.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/app.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { createLogger } from '../../server/logger.ts';
import type { EndpointCase } from './cases.ts';
import { timedGet } from './http-client.ts';
import { RecordingDatabase, replayExecuteQuery, replayRaw, type Statement } from './recording-database.ts';
import { percentile, since } from './stats.ts';

export interface LatencyFigures {
  name: string;
  requests: number;
  statementsPerRequest: number;
  api: { p50: number; p95: number };
  /** The same statements sent through the driver exactly as the API sends them. */
  raw: { p50: number; p95: number };
  /** The same statements through driver.executeQuery, the one-call API a script would use (a managed transaction). */
  executeQuery: { p50: number; p95: number };
  /** node:http alone in its own process, same reads (bare-http-server.ts); its p95 over raw's. Lookups only. */
  bare?: { p50: number; p95: number; ratioP95: number; errors: number };
  /** API p95 over raw p95: the target is at most 1.5. */
  ratioP95: number;
  errors: number;
}

/** Which statements each URL runs, found by serving it once from an in-process app over a recording database. */
async function record(driver: Driver, database: string, urls: string[]): Promise<Map<string, Statement[]>> {
  const db = new RecordingDatabase(driver, database, 5000);
  const app = createApp({
    db,
    log: createLogger('silent'),
    healthDeadlineMs: 3000,
    limits: { ...DEFAULT_LIMITS, ratePerMinute: 0 },
  });
  const server = await new Promise<Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out = new Map<string, Statement[]>();
  try {
    for (const url of new Set(urls)) {
      db.recorded = [];
      const res = await fetch(base + url);
      await res.arrayBuffer();
      if (res.ok) out.set(url, db.recorded);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return out;
}

/** The cases bare-http-server.ts answers: single lookups, where the HTTP hop weighs most against the query. */
export const BARE_CASES = new Set(['node', 'node (hub)', 'relationship']);

export async function latencyBench(
  o: { driver: Driver; database: string; serverUrl: string; bareUrl?: string; requests: number; warmup: number },
  c: EndpointCase,
): Promise<LatencyFigures> {
  const statements = await record(o.driver, o.database, c.urls);
  // A URL the API could not answer (a 5 s timeout, say) is reported, not timed against nothing.
  const urls = c.urls.filter((u) => statements.has(u));
  const failed = new Set(c.urls.filter((u) => !statements.has(u))).size;
  if (!urls.length)
    return {
      name: c.name,
      requests: 0,
      statementsPerRequest: NaN,
      api: { p50: NaN, p95: NaN },
      raw: { p50: NaN, p95: NaN },
      executeQuery: { p50: NaN, p95: NaN },
      ratioP95: NaN,
      errors: failed,
    };
  let errors = 0;
  let bareErrors = 0;
  const http = (base: string, failed: () => void) => async (url: string) => {
    const t = performance.now();
    const res = await timedGet(base + url);
    if (res.status !== 200) failed();
    return since(t);
  };
  const direct = (replay: typeof replayRaw) => async (url: string) => {
    const t = performance.now();
    if (!(await replay(o.driver, o.database, statements.get(url)!))) errors++;
    return since(t);
  };
  const bare = o.bareUrl && BARE_CASES.has(c.name) ? o.bareUrl : undefined;
  // The bare server's failures are its own: they must not count against the app's row.
  const ways = [
    http(o.serverUrl, () => errors++),
    direct(replayRaw),
    direct(replayExecuteQuery),
    ...(bare ? [http(bare, () => bareErrors++)] : []),
  ];
  const times: number[][] = ways.map(() => []);
  for (let i = 0; i < o.warmup; i++) for (const way of ways) await way(urls[i % urls.length]!);
  errors = failed;
  bareErrors = 0;
  for (let i = 0; i < o.requests; i++) {
    const url = urls[i % urls.length]!;
    // Rotate which goes first, so none always meets a warmer cache.
    for (let k = 0; k < ways.length; k++) {
      const w = (i + k) % ways.length;
      times[w]!.push(await ways[w]!(url));
    }
  }
  const [api, raw, managed, floor] = times as [number[], number[], number[], number[] | undefined];
  const count = [...statements.values()].reduce((a, s) => a + s.length, 0);
  return {
    name: c.name,
    requests: o.requests,
    statementsPerRequest: count / Math.max(1, statements.size),
    api: { p50: percentile(api, 50), p95: percentile(api, 95) },
    raw: { p50: percentile(raw, 50), p95: percentile(raw, 95) },
    executeQuery: { p50: percentile(managed, 50), p95: percentile(managed, 95) },
    ...(floor && {
      bare: {
        p50: percentile(floor, 50),
        p95: percentile(floor, 95),
        ratioP95: percentile(floor, 95) / percentile(raw, 95),
        errors: bareErrors,
      },
    }),
    ratioP95: percentile(api, 95) / percentile(raw, 95),
    errors,
  };
}
