// Threat suite, HTTP input: oversized, malformed, deeply nested and prototype-polluting requests are refused before any
// route or Neo4j sees them; unknown things are 404s; no answer shows internals; the headers harden the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, SearchResponse } from '../../server/contract.ts';
import { hostile } from '../support/endpoints.ts';
import { LEAK, request } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { expectDatabaseUnchanged } from '../support/unchanged-database.ts';
import fc from 'fast-check';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const send = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  request<ErrorResponse>(app.url, path, { method: 'POST', body, headers });
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('bodies', () => {
  it.each([
    ['over 16 kB', () => send('/api/cypher', { query: `RETURN '${'x'.repeat(20_000)}'` }), 413, 'at most 16 kB'],
    ['over the facts limit', () => send('/api/facts', { nodes: ['x'.repeat(300_000)] }), 413, 'at most 256 kB'],
    ['malformed JSON', () => send('/api/cypher', '{"query": "RETURN 1",'), 400, 'not valid JSON'],
    ['not JSON at all', () => send('/api/cypher', 'RETURN 1', { 'content-type': 'text/plain' }), 415, 'as JSON'],
    [
      'nested 5000 deep',
      () => send('/api/cypher', `{"query":"RETURN 1","params":{"a":${nested(5000)}}}`),
      400,
      'nested too deeply',
    ],
    [
      'nested 17 deep',
      () => send('/api/cypher', `{"query":"RETURN 1","params":{"a":${nested(15)}}}`),
      400,
      'nested too deeply',
    ],
    [
      'with __proto__',
      () => send('/api/cypher', '{"query":"RETURN 1","__proto__":{"polluted":true}}'),
      400,
      '__proto__',
    ],
    [
      'with nested __proto__',
      () => send('/api/cypher', '{"query":"RETURN 1","params":{"x":{"__proto__":{"polluted":true}}}}'),
      400,
      '__proto__',
    ],
    [
      'with constructor.prototype',
      () => send('/api/cypher', { query: 'RETURN 1', constructor: { prototype: { polluted: true } } }),
      400,
      'Unrecognized key',
    ],
    [
      'with an unknown key',
      () => send('/api/cypher', { query: 'RETURN 1', database: 'system' }),
      400,
      'Unrecognized key',
    ],
    ['with a query that is not text', () => send('/api/cypher', { query: ['RETURN 1'] }), 400, 'query: must be text'],
    [
      'with too many parameters',
      () =>
        send('/api/cypher', {
          query: 'RETURN 1',
          params: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`p${i}`, i])),
        }),
      400,
      'at most 50',
    ],
    ['with no query', () => send('/api/cypher', {}), 400, 'query: is required'],
    ['with only a comment', () => send('/api/cypher', { query: '// nothing' }), 400, 'not only comments'],
  ])('%s is refused', async (_what, go, status, message) => {
    const res = await go();
    expect(res.status, res.text).toBe(status);
    expect(res.body.error.message).toContain(message);
    expect(res.text).not.toMatch(LEAK);
  });

  it('pollution attempts leave Object.prototype alone, in the server process', async () => {
    await send('/api/cypher', '{"query":"RETURN 1","__proto__":{"polluted":true}}');
    await request(app.url, '/api/search?q=hts&__proto__[polluted]=1&constructor[prototype][polluted]=1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await request(app.url, '/api/health/live')).status).toBe(200);
  });
});

describe('query strings and paths', () => {
  it('an API address over 2048 characters is a 400 before any route runs', async () => {
    const res = await request<ErrorResponse>(app.url, `/api/search?q=${'a'.repeat(3000)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('at most 2048 characters');
  });

  it('a long page address (a shared view with many steps) still opens the page', async () => {
    const res = await fetch(`${app.url}/?v=${'s'.repeat(6000)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it.each(['/api/nodes/%E0%A4%A', '/api/nodes/%', '/api/relationships/%FF%FE'])(
    'malformed encoding %s is a 400',
    async (path) => {
      const res = await request<ErrorResponse>(app.url, path);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    },
  );

  it.each([
    ['/api/nodes/no-such-entity', 'No entity has the key'],
    ['/api/relationships/no-such-relationship', 'No relationship has the key'],
    ['/api/nothing-here', 'There is no API endpoint GET /api/nothing-here'],
    ['/api/search/extra', 'There is no API endpoint'],
  ])('%s is a JSON 404', async (path, message) => {
    const res = await request<ErrorResponse>(app.url, path);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain(message);
  });

  it('a method the API does not serve is a JSON 404, whether under /api or not', async () => {
    expect((await request<ErrorResponse>(app.url, '/api/search?q=x', { method: 'DELETE' })).status).toBe(404);
    const res = await request<ErrorResponse>(app.url, '/somewhere', { method: 'POST', body: {} });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('hostile strings in search are plain text: a 200 or a 400, never more, nothing leaked', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        const res = await request<SearchResponse>(
          app.url,
          `/api/search?q=${encodeURIComponent(q.replace(/[\uD800-\uDFFF]/g, '?'))}`,
        );
        expect([200, 400]).toContain(res.status);
        expect(res.text).not.toMatch(/Neo4jError|org\.neo4j|at [\w.]+ \(/);
      }),
      { numRuns: 30 },
    );
  });
});

describe('headers', () => {
  it('hide the framework and set a strict Content-Security-Policy on the page', async () => {
    const res = await request(app.url, '/');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

expectDatabaseUnchanged();
