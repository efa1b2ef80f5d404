// Property-based fuzz over every endpoint in test/support/endpoints.ts: whatever arrives, the answer is never a 5xx
// while the database is up, nothing but a 4xx or a quick 503 while it is stopped; errors are JSON, nothing leaks.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { dbFingerprint } from '../support/db-fingerprint.ts';
import { anyText, ENDPOINTS, type EndpointSpec, type RawSegment } from '../support/endpoints.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { unusedPort } from '../support/tcp.ts';
import { LEAK, request } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Runs per endpoint; FUZZ_RUNS=2000 for a long soak, FUZZ_SEED to replay a failure fast-check reported. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

interface Sent {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

/** The URL as the server reads it, for recognising echoes; malformed encodings stay as they are. */
function readable(url: string): string {
  try {
    return decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    return url;
  }
}

/** encodeURIComponent throws on lone surrogates; a browser would send U+FFFD instead. */
const wellFormed = (v: string) =>
  v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const segment = (v: string | RawSegment) => (typeof v === 'string' ? encodeURIComponent(wellFormed(v)) : v.raw);

function requestFor(spec: EndpointSpec): fc.Arbitrary<Sent> {
  const params = fc.record(spec.params ?? {});
  const query = fc.record(
    Object.fromEntries(
      Object.entries(spec.query ?? {}).map(([k, arb]) => [
        k,
        fc.option(fc.array(arb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      ]),
    ),
  );
  const extra = fc.option(fc.tuple(fc.string({ maxLength: 6 }), anyText), { nil: undefined });
  const body = spec.body
    ? fc.tuple(
        spec.body.map((b) => (typeof b === 'string' ? b : JSON.stringify(b))),
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', undefined),
      )
    : fc.constant(undefined);
  return fc.record({ params, query, extra, body }).map(({ params, query, extra, body }) => {
    const path = spec.path.replace(/:(\w+)/g, (_m, name: string) => segment(params[name]!));
    const search = new URLSearchParams();
    for (const [k, values] of Object.entries(query)) for (const v of values ?? []) search.append(k, v);
    if (extra) search.append(...extra);
    const qs = search.toString();
    return { method: spec.method, url: qs ? `${path}?${qs}` : path, body: body?.[0], contentType: body?.[1] };
  });
}

/** Sends one fuzzed request; checks what must hold whatever the status: JSON errors, nothing internal leaked. */
async function sendAndCheck(base: string, sent: Sent) {
  const res = await request(base, sent.url, {
    method: sent.method,
    body: sent.body,
    headers: sent.contentType ? { 'content-type': sent.contentType } : {},
  });
  const what = `${sent.method} ${sent.url} ${sent.body ?? ''} → ${res.status} ${res.text.slice(0, 300)}`;
  if (res.status >= 400) expect(typeof (res.body as { error?: { code?: unknown } })?.error?.code, what).toBe('string');
  // Echoes of what was sent are fine (a query string in a syntax error); anything else internal is not.
  const leak = LEAK.exec(res.text);
  if (leak) expect(`${readable(sent.url)} ${sent.body ?? ''}`, what).toContain(leak[0]);
  return { status: res.status, what };
}

let app: TestApp;
let stopped: TestApp;
let stoppedDriver: Driver;
let driver: Driver;
let before: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  // The same app on a database that is not there: nothing listens on its port.
  const conn = testConnection();
  stoppedDriver = createDriver({ ...conn, uri: `bolt://127.0.0.1:${await unusedPort()}`, acquireTimeoutMs: 1000 });
  stopped = await startTestApp({ db: new GraphDatabase(stoppedDriver, conn.database, 1000), healthDeadlineMs: 1000 });
  driver = testDriver();
  before = await dbFingerprint(driver, testConnection().database);
});
afterAll(async () => {
  await app.close();
  await stopped.close();
  await stoppedDriver.close();
  await driver.close();
});

const cases = ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e] as const);

describe('fuzz: every endpoint', () => {
  it.each(cases)(
    '%s never answers 5xx',
    async (_name, spec) => {
      await fc.assert(
        fc.asyncProperty(requestFor(spec), async (sent) => {
          const { status, what } = await sendAndCheck(app.url, sent);
          expect(status, what).toBeLessThan(500);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    120_000,
  );

  it('left the database exactly as it was', async () => {
    expect(await dbFingerprint(driver, testConnection().database)).toEqual(before);
  });
});

describe('fuzz: every endpoint, database stopped', () => {
  it.each(cases)(
    '%s answers a 4xx, or a quick 503',
    async (_name, spec) => {
      await fc.assert(
        fc.asyncProperty(requestFor(spec), async (sent) => {
          const t0 = Date.now();
          const { status, what } = await sendAndCheck(stopped.url, sent);
          expect(status < 500 || status === 503, what).toBe(true);
          expect(Date.now() - t0, what).toBeLessThan(5000);
        }),
        { numRuns: Math.ceil(RUNS / 4), seed: SEED, endOnFailure: true },
      );
    },
    120_000,
  );
});
