// GET /api/path over real HTTP on the seeded Neo4j: shortest connections, date and type restrictions, bounds, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, PathResponse } from '../../server/contract.ts';
import { getJson, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const get = <T>(path: string) => getJson<T>(app.url, path);

/** Every path must be a real walk: consecutive nodes joined by the edge between them, in either direction. */
function expectWalks(body: PathResponse) {
  const edges = new Map(body.graph.edges.map((e) => [e.key, e]));
  const nodes = new Set(body.graph.nodes.map((n) => n.key));
  for (const p of body.paths) {
    expect(p.nodes[0]).toBe(body.from);
    expect(p.nodes.at(-1)).toBe(body.to);
    expect(p.edges).toHaveLength(p.nodes.length - 1);
    expect(p.edges.length).toBe(body.length);
    p.edges.forEach((k, i) => {
      const e = edges.get(k)!;
      expect(e, k).toBeDefined();
      expect([e.source, e.target].sort()).toEqual([p.nodes[i], p.nodes[i + 1]].sort());
    });
    for (const n of p.nodes) expect(nodes.has(n)).toBe(true);
  }
}

describe('GET /api/path', () => {
  it('finds how Hezbollah and HTS are connected, as walks through the graph', async () => {
    const { status, body } = await get<PathResponse>('/api/path?from=hezbollah&to=hts');
    expect(status).toBe(200);
    expect(body.length).toBe(2);
    expect(body.paths.length).toBeGreaterThan(0);
    expectWalks(body);
    // Hezbollah backs the Assad government, which HTS opposes.
    expect(body.paths.map((p) => p.nodes.join(' '))).toContain('hezbollah assad-government hts');
  });

  it('returns every shortest path, and only shortest ones', async () => {
    const { body } = await get<PathResponse>('/api/path?from=al-jolani&to=isis');
    expectWalks(body);
    expect(new Set(body.paths.map((p) => p.nodes.join('>'))).size).toBe(body.paths.length);
    const longer = await get<PathResponse>('/api/path?from=al-jolani&to=isis&types=LEADS,SUCCEEDED,SPLIT_FROM,FOUNDED');
    expect(longer.body.length ?? Infinity).toBeGreaterThanOrEqual(body.length!);
  });

  it('honours the relationship types asked for', async () => {
    const { body } = await get<PathResponse>('/api/path?from=hts&to=islamic-state-of-iraq&types=SUCCEEDED,SPLIT_FROM');
    expectWalks(body);
    expect(body.paths.map((p) => p.nodes)).toContainEqual([
      'hts',
      'jabhat-fatah-al-sham',
      'jabhat-al-nusra',
      'islamic-state-of-iraq',
    ]);
    for (const e of body.graph.edges) expect(['SUCCEEDED', 'SPLIT_FROM']).toContain(e.attributes!.relType);
  });

  it('on a date, goes only through facts that held that day', async () => {
    // HTS was founded in 2017: on a day in 2015 nothing can reach it.
    const before = await get<PathResponse>('/api/path?from=hezbollah&to=hts&date=2015-06-01');
    expect(before.status).toBe(200);
    expect(before.body.paths).toEqual([]);
    expect(before.body.length).toBeNull();
    const during = await get<PathResponse>('/api/path?from=hezbollah&to=hts&date=2024-12-01');
    expect(during.body.length).toBe(2);
    // Jabhat al-Nusra was affiliated with al-Qaeda from 2012 to 2016 only.
    const lineage = '/api/path?from=jabhat-al-nusra&to=al-qaeda&types=AFFILIATED_WITH';
    expect((await get<PathResponse>(`${lineage}&date=2014-03-01`)).body.length).toBe(1);
    expect((await get<PathResponse>(`${lineage}&date=2016-12-31`)).body.length).toBe(1);
    expect((await get<PathResponse>(`${lineage}&date=2017-01-01`)).body.paths).toEqual([]);
  });

  it('answers 200 with no paths, and both endpoints drawn, when they are not connected within max', async () => {
    const { status, body } = await get<PathResponse>('/api/path?from=hezbollah&to=hts&max=1');
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
    expect(body.graph.nodes.map((n) => n.key).sort()).toEqual(['hezbollah', 'hts']);
  });

  it('caps the number of paths and says so', async () => {
    const all = await get<PathResponse>('/api/path?from=aleppo&to=damascus&limit=10');
    const one = await get<PathResponse>('/api/path?from=aleppo&to=damascus&limit=1');
    expect(one.body.paths).toHaveLength(1);
    expect(one.body.truncated).toBe(all.body.paths.length > 1);
  });

  it.each([
    ['/api/path?to=hts', 'from: is required'],
    ['/api/path?from=hts', 'to: is required'],
    ['/api/path?from=hts&to=hts', 'to: must name a different entity'],
    ['/api/path?from=a&to=b&max=7', 'max: must be between 1 and 6'],
    ['/api/path?from=a&to=b&limit=11', 'limit: must be between 1 and 10'],
    ['/api/path?from=a&to=b&date=2024-13-01', 'date: must be a real calendar day'],
    ['/api/path?from=a&to=b&date=yesterday', 'date: must be a day written YYYY-MM-DD'],
    ['/api/path?from=a&to=b&types=LOVES', 'types: LOVES is not one of'],
    ['/api/path?from=a&from=c&to=b', 'from: must be given once'],
  ])('%s is a 400 naming the problem', async (path, message) => {
    const { status, body } = await get<ErrorResponse>(path);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });

  it('is a 404 naming the unknown endpoint', async () => {
    const { status, body } = await get<ErrorResponse>('/api/path?from=hezbollah&to=nobody-at-all');
    expect(status).toBe(404);
    expect(body.error.message).toBe('No entity has the key "nobody-at-all".');
  });
});
