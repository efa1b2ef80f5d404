// GET /api/network/factions and POST /api/facts over real HTTP on the seeded Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, Subgraph } from '../../server/contract.ts';
import { FACT_COLUMNS } from '../../server/graph/facts-csv.ts';
import { parseCsv } from '../support/csv.ts';
import { getJson, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const get = <T>(path: string) => getJson<T>(app.url, path);
const postFacts = (body: unknown) =>
  fetch(`${app.url}/api/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('GET /api/network/factions', () => {
  it('holds factions only, joined by alignment, backing, membership and lineage', async () => {
    const { status, body } = await get<Subgraph>('/api/network/factions');
    expect(status).toBe(200);
    expect(body.nodes.length).toBeGreaterThan(20);
    for (const n of body.nodes) expect(n.attributes!.entityType).toBe('Faction');
    const types = new Set(body.edges.map((e) => e.attributes!.relType));
    for (const t of ['ALLIED_WITH', 'OPPOSES', 'BACKS', 'SUCCEEDED', 'SPLIT_FROM']) expect(types).toContain(t);
    for (const t of types) expect(['LEADS', 'CAPTURED', 'PARTICIPATED_IN', 'MEMBER_OF']).not.toContain(t);
    const keys = new Set(body.nodes.map((n) => n.key));
    expect(keys.has('hezbollah') && keys.has('hts') && keys.has('iran')).toBe(true);
    // Media outlets have no such ties and stay out.
    expect(keys.has('cnn')).toBe(false);
    expect(body.attributes!.truncated).toBe(false);
  });

  it('caps the factions, keeps the best connected, and flags the cap', async () => {
    const { body } = await get<Subgraph>('/api/network/factions?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.nodes.map((n) => n.key)).toContain('hts');
    expect(body.attributes).toMatchObject({ truncated: true, shownNodes: 5 });
    expect(body.attributes!.totalNodes).toBeGreaterThan(5);
    expect(body.attributes!.omittedByType.Faction).toBe(body.attributes!.totalNodes - 5);
  });

  it('restricts to the relationship types asked for', async () => {
    const { body } = await get<Subgraph>('/api/network/factions?types=BACKS');
    expect(new Set(body.edges.map((e) => e.attributes!.relType))).toEqual(new Set(['BACKS']));
    expect(body.nodes.map((n) => n.key)).not.toContain('hurras-al-din');
  });

  it.each([
    ['/api/network/factions?types=CAPTURED', 'types: CAPTURED is not one of ALLIED_WITH'],
    ['/api/network/factions?limit=0', 'limit: must be between 1 and 2000'],
  ])('%s is a 400', async (path, message) => {
    const { status, body } = await get<ErrorResponse>(path);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });
});

describe('POST /api/facts', () => {
  it('lists every citation of the facts asked for, with document, paragraph and claim', async () => {
    const res = await postFacts({
      nodes: ['hts', 'capture-of-aleppo', 'assad-government'],
      edges: ['hts>OPPOSES>assad-government'],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('facts.csv');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([...FACT_COLUMNS]);
    const col = (name: (typeof FACT_COLUMNS)[number]) => FACT_COLUMNS.indexOf(name);
    const of = (key: string) => rows.filter((r) => r[col('key')] === key);
    const hts = (await get<{ citations: unknown[] }>('/api/nodes/hts')).body;
    expect(of('hts')).toHaveLength(hts.citations.length);
    for (const r of rows) {
      expect(r).toHaveLength(FACT_COLUMNS.length);
      expect(r[col('source_file')]).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(Number(r[col('paragraph')])).toBeGreaterThan(0);
      expect(r[col('claim')]!.length).toBeGreaterThan(8);
    }
    const rel = of('hts>OPPOSES>assad-government');
    expect(rel.length).toBeGreaterThan(0);
    expect(rel[0]!.slice(col('kind'), col('object') + 1)).toEqual([
      'relationship',
      'hts>OPPOSES>assad-government',
      'Hay’at Tahrir al-Sham',
      'OPPOSES',
      'Assad government',
    ]);
  });

  it('marks both sides of a dispute, each with its value, next to the recorded one', async () => {
    const res = await postFacts({ nodes: ['capture-of-aleppo'], edges: [] });
    const [, ...rows] = parseCsv(await res.text());
    const col = (name: (typeof FACT_COLUMNS)[number]) => FACT_COLUMNS.indexOf(name);
    const dated = rows.filter((r) => r[col('field')] === 'date');
    expect(new Set(dated.map((r) => r[col('value')])).size).toBeGreaterThan(1);
    for (const r of dated) {
      expect(r[col('disputed')]).toBe('yes');
      expect(r[col('recorded_value')]).toBe('2024-11-29');
      expect(r[col('dispute_note')]!.length).toBeGreaterThan(10);
    }
  });

  it('skips unknown keys rather than failing the export', async () => {
    const res = await postFacts({ nodes: ['hts', 'no-such-thing'], edges: ['nor-this'] });
    expect(res.status).toBe(200);
    const [, ...rows] = parseCsv(await res.text());
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['hts']));
  });

  it('accepts a view of 5000 keys (beyond the 16 kB body limit of other endpoints)', async () => {
    const nodes = Array.from({ length: 4999 }, (_, i) => `some-long-entity-key-number-${i}`).concat('hts');
    const res = await postFacts({ nodes, edges: [] });
    expect(res.status).toBe(200);
  });

  it.each([
    [{ nodes: [], edges: [] }, 'body: must name at least one node or edge'],
    [{ nodes: 'hts' }, 'nodes: '],
    [{ nodes: ['hts'], extra: 1 }, 'Unrecognized key'],
    [
      {
        nodes: Array.from({ length: 3000 }, (_, i) => `n${i}`),
        edges: Array.from({ length: 3000 }, (_, i) => `e${i}`),
      },
      'at most 5000 keys',
    ],
  ])('refuses %j with a 400', async (body, message) => {
    const res = await postFacts(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorResponse).error.message).toContain(message);
  });
});
