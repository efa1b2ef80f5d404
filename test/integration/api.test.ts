// Every foundation endpoint over real HTTP against the real, seeded Neo4j, errors included.
import { get as httpGet } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails, ErrorResponse, HealthResponse, SearchResponse, Subgraph } from '../../server/contract.ts';
import { INDEX_STOP_WORDS } from '../../server/graph/search-query.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { getJson, startTestApp, type TestApp } from '../support/test-app.ts';
import { BROWSER_ENCODINGS } from '../bench/http-client.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const get = <T>(path: string) => getJson<T>(app.url, path);

describe('GET /api/health', () => {
  it('reports the Neo4j version and the seeded dataset', async () => {
    const { status, body } = await get<HealthResponse>('/api/health');
    expect(status).toBe(200);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.dataset?.nodes).toBeGreaterThan(200);
  });

  it('has a liveness probe that does not touch the database', async () => {
    const { status, body } = await get<{ status: string }>('/api/health/live');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });
});

describe('GET /api/search', () => {
  it.each([
    ['al-Jolani', 'alias'],
    ['Abu Mohammed al-Jolani', 'alias'],
    ['Abu Mohammad al-Julani', 'alias'],
    ['jolani', 'alias'],
    ['GOLANI', 'alias'],
    ['Jolanni', 'alias'],
    ['Ahmed al-Sharaa', 'alias'],
  ])('finds al-Jolani as %s and says which name matched', async (q, field) => {
    const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    const hit = body.hits.find((h) => h.key === 'al-jolani');
    expect(hit, `no al-jolani hit for ${q}`).toBeDefined();
    expect(hit!.entityType).toBe('Person');
    expect(hit!.matched.field).toBe(field);
    expect(body.hits[0]!.key).toBe('al-jolani');
  });

  it('finds full names with the words the index leaves out ("of", "and")', async () => {
    for (const [q, key] of [
      ['Islamic State of Iraq', 'islamic-state-of-iraq'],
      ['Islamic State of Iraq and Syria', 'isis'],
      ['Capture of Aleppo', 'capture-of-aleppo'],
    ]) {
      const { body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q!)}`);
      expect(body.hits[0]?.key, q).toBe(key);
    }
  });

  it("knows exactly the stop words of the index's analyzer", async () => {
    const db = testDriver();
    try {
      const { records } = await db.executeQuery(
        `CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
         WHERE analyzer = 'standard-folding' RETURN stopwords`,
        {},
        { database: testConnection().database },
      );
      expect(new Set(records[0]!.get('stopwords') as string[])).toEqual(INDEX_STOP_WORDS);
    } finally {
      await db.close();
    }
  });

  it('ignores accents, case and the kind of apostrophe', async () => {
    for (const q of ['Hay’at Tahrir al-Sham', "hay'at tahrir", 'HAYAT TAHRIR AL-SHĀM']) {
      const { body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(body.hits[0]?.key, q).toBe('hts');
    }
  });

  it.each(['"HTS"', '(HTS)', 'HTS*', 'HTS~', 'HTS^', '[HTS]', '{HTS}', '\\HTS/', '+HTS -'])(
    'treats Lucene syntax in %s as plain text',
    async (q) => {
      const { status, body } = await get<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.hits[0]?.key).toBe('hts');
    },
  );

  it('respects limit', async () => {
    const { body } = await get<SearchResponse>('/api/search?q=a&limit=3');
    expect(body.hits.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['/api/search', 'q: is required'],
    ['/api/search?q=', 'q: must not be empty'],
    ['/api/search?q=x&limit=0', 'limit: must be between 1 and 50'],
    ['/api/search?q=x&limit=abc', 'limit: must be a number'],
    ['/api/search?q=a&q=b', 'q: must be given once'],
    [`/api/search?q=${'x'.repeat(201)}`, 'q: must be at most 200 characters'],
  ])('%s is a 400 naming the problem', async (path, message) => {
    const { status, body } = await get<ErrorResponse>(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toContain(message);
  });
});

describe('GET /api/nodes/:key', () => {
  it('returns every property and the sources of each fact', async () => {
    const { status, body } = await get<EntityDetails>('/api/nodes/al-jolani');
    expect(status).toBe(200);
    expect(body.entityType).toBe('Person');
    expect(body.attributes.name).toBe('Abu Mohammad al-Jolani');
    expect(body.attributes.aliases).toEqual(expect.arrayContaining(['al-Julani']));
    expect(body.citations.length).toBeGreaterThan(0);
    for (const c of body.citations) {
      expect(c.source.file).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(c.para).toBeGreaterThan(0);
      expect(c.claim.length).toBeGreaterThan(8);
    }
    expect(body.degree).toBeGreaterThan(5);
  });

  it('flags disputed facts with each side (the documents disagree on when Aleppo fell)', async () => {
    const { body } = await get<EntityDetails>('/api/nodes/capture-of-aleppo');
    expect(body.disputed).toBe(true);
    expect(body.disputedFields).toContain('date');
    expect(body.disputeNote).toBeTruthy();
    const values = new Set(body.citations.filter((c) => c.field === 'date').map((c) => c.value));
    expect(values.size).toBeGreaterThan(1);
    expect(values).toContain(body.attributes.date);
  });

  it('is a 404 for an unknown key', async () => {
    const { status, body } = await get<ErrorResponse>('/api/nodes/no-such-entity');
    expect(status).toBe(404);
    expect(body.error).toEqual({ code: 'not_found', message: 'No entity has the key "no-such-entity".' });
  });
});

describe('GET /api/nodes/:key/neighborhood', () => {
  it('returns graphology-serialized subgraph keyed by dataset ids', async () => {
    const { status, body } = await get<Subgraph>('/api/nodes/al-jolani/neighborhood');
    expect(status).toBe(200);
    const keys = new Set(body.nodes.map((n) => n.key));
    expect(keys.has('al-jolani')).toBe(true);
    expect(keys.has('hts')).toBe(true);
    for (const n of body.nodes) {
      expect(n.key).toMatch(/^[a-z0-9-]+$/);
      expect(n.attributes).not.toHaveProperty('x');
      expect(n.attributes).not.toHaveProperty('color');
    }
    for (const e of body.edges) {
      expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      expect(e.attributes!.relType).toMatch(/^[A-Z_]+$/);
    }
    expect(
      body.edges.some((e) => e.source === 'al-jolani' && e.target === 'hts' && e.attributes!.relType === 'LEADS'),
    ).toBe(true);
  });

  it('caps large neighbourhoods and says what it left out', async () => {
    const full = await get<Subgraph>('/api/nodes/hts/neighborhood?depth=2&limit=1000');
    const { body } = await get<Subgraph>('/api/nodes/hts/neighborhood?depth=2&limit=5');
    expect(body.nodes).toHaveLength(6);
    expect(body.attributes!.truncated).toBe(true);
    expect(body.attributes!.totalNodes).toBe(full.body.nodes.length - 1);
    const omitted = Object.values(body.attributes!.omittedByType).reduce((a, b) => a + (b ?? 0), 0);
    expect(omitted).toBe(body.attributes!.totalNodes - 5);
  });

  // A one-hop view reads its centre, neighbours and the edges among them in one statement: the edges between two
  // neighbours must be there too, exactly those the database holds (every story node has far fewer than the scan cap).
  it.each(['al-jolani', 'aleppo'])('shows every relationship among the one-hop view of %s', async (key) => {
    const { body } = await get<Subgraph>(`/api/nodes/${key}/neighborhood?depth=1&limit=1000`);
    const keys = body.nodes.map((n) => n.key);
    const db = testDriver();
    try {
      const { records } = await db.executeQuery(
        'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $keys AND b.id IN $keys RETURN r.id AS id',
        { keys },
        { database: testConnection().database },
      );
      const truth = records.map((r) => r.get('id') as string).sort();
      expect(body.edges.map((e) => e.key).sort()).toEqual(truth);
      expect(body.edges.some((e) => e.source !== key && e.target !== key)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('grows with depth', async () => {
    const one = await get<Subgraph>('/api/nodes/al-jolani/neighborhood?depth=1&limit=1000');
    const two = await get<Subgraph>('/api/nodes/al-jolani/neighborhood?depth=2&limit=1000');
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
  });

  it.each([
    ['/api/nodes/hts/neighborhood?depth=4', 'depth: must be between 1 and 3'],
    ['/api/nodes/hts/neighborhood?depth=0', 'depth: must be between 1 and 3'],
    ['/api/nodes/hts/neighborhood?limit=1001', 'limit: must be between 1 and 1000'],
    ['/api/nodes/hts/neighborhood?limit=2.5', 'limit: must be a whole number'],
  ])('%s is a 400', async (path, message) => {
    const { status, body } = await get<ErrorResponse>(path);
    expect(status).toBe(400);
    expect(body.error.message).toBe(message);
  });

  it('is a 404 for an unknown key', async () => {
    const { status } = await get('/api/nodes/nobody/neighborhood');
    expect(status).toBe(404);
  });
});

describe('compression', () => {
  // Node's fetch would decompress silently: a raw HTTP request shows what travels.
  const fetchRaw = (path: string, accept: string) =>
    new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((done, fail) => {
      const req = httpGet(`${app.url}${path}`, { headers: { 'accept-encoding': accept } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode!, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
    });
  const decode = { br: brotliDecompressSync, gzip: gunzipSync } as Record<string, (b: Buffer) => Buffer>;
  const big = '/api/nodes/hts/neighborhood?depth=2&limit=1000';

  it('sends big subgraphs brotli to a browser, gzip to a client asking for gzip only, the same JSON either way', async () => {
    const plain = await fetchRaw(big, 'identity');
    expect(plain.encoding).toBeUndefined();
    // What Chromium sends, over plain HTTP too.
    for (const [accept, encoding] of [
      [BROWSER_ENCODINGS, 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const res = await fetchRaw(big, accept);
      expect({ status: res.status, encoding: res.encoding }).toEqual({ status: 200, encoding });
      expect(res.body.length).toBeLessThan(plain.body.length / 4);
      expect(JSON.parse(decode[encoding]!(res.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    }
  });

  it('leaves answers that fit one TCP window as they are', async () => {
    const res = await fetchRaw('/api/nodes/al-jolani', BROWSER_ENCODINGS);
    expect({ status: res.status, encoding: res.encoding }).toEqual({ status: 200, encoding: undefined });
  });
});

describe('errors', () => {
  it('unknown API paths are JSON 404s and no response advertises Express', async () => {
    const { status, body, headers } = await get<ErrorResponse>('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(headers.get('x-powered-by')).toBeNull();
  });
});
