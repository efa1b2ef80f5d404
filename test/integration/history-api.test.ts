// Timelines, lineage, time span, happenings by date and places over real HTTP against the seeded Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DatedHappeningsResponse,
  ErrorResponse,
  LineageResponse,
  PlacesResponse,
  RelationshipDetails,
  TimelineItem,
  TimelineResponse,
  TimeSpanResponse,
} from '../../server/contract.ts';
import { scanDateSpan } from '../support/date-span-reference.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { getJson, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const get = <T>(path: string) => getJson<T>(app.url, path);
const groupOrder = (items: TimelineItem[]) =>
  items.filter((i) => i.other?.entityType === 'Faction').map((i) => i.other!.key);
const indexOf = (items: TimelineItem[], key: string) => items.findIndex((i) => i.other?.key === key);

describe('GET /api/nodes/:key/timeline', () => {
  it('tells al-Jolani’s story in order: ISI, al-Nusra, JFS, HTS, then the offensive to Damascus', async () => {
    const { status, body } = await get<TimelineResponse>('/api/nodes/al-jolani/timeline');
    expect(status).toBe(200);
    const groups = groupOrder(body.items);
    const chain = ['islamic-state-of-iraq', 'jabhat-al-nusra', 'jabhat-fatah-al-sham', 'hts'].map((k) =>
      groups.indexOf(k),
    );
    expect(chain.every((i) => i >= 0)).toBe(true);
    expect(chain).toEqual([...chain].sort((a, b) => a - b));
    // ISI is undated in the sources: placed by lineage, and it says so instead of getting a date.
    const isi = body.items[indexOf(body.items, 'islamic-state-of-iraq')]!;
    expect(isi.placement.by).toBe('lineage');
    expect(isi.date ?? isi.start ?? isi.end).toBeUndefined();
    expect(body.items.find((i) => i.other?.key === 'jabhat-fatah-al-sham')).toMatchObject({
      start: '2016',
      end: '2017',
      role: 'leader',
    });
    // The offensive comes after HTS, and the last place on the way is Damascus.
    expect(indexOf(body.items, 'deterrence-of-aggression')).toBeGreaterThan(indexOf(body.items, 'hts'));
    const lastPlaced = body.items.filter((i) => i.places.length).at(-1)!;
    expect(lastPlaced.places.map((p) => p.key)).toContain('damascus');
    expect(body.items.find((i) => i.other?.key === 'capture-of-aleppo')?.places[0]).toMatchObject({
      key: 'aleppo',
      lat: expect.any(Number),
    });
    expect(body.undated.map((i) => i.other?.key)).toContain('iraq-war');
  });

  it('ends Bashar al-Assad’s story in Moscow, with the disputed date flagged', async () => {
    const { body } = await get<TimelineResponse>('/api/nodes/bashar-al-assad/timeline');
    const placed = body.items.filter((i) => i.places.length);
    expect(placed.at(-1)!.places.map((p) => p.key)).toEqual(['moscow']);
    const flight = body.items.find((i) => i.relationship?.relType === 'FLED_TO' && i.other?.key === 'moscow')!;
    expect(flight).toMatchObject({ date: '2024-12-08', disputed: true });
    expect(body.items[0]).toMatchObject({ other: { key: 'assad-government' }, placement: { by: 'open-start' } });
  });

  it('keys every item by a relationship the details endpoint knows, and ships the subgraph it rests on', async () => {
    const { body } = await get<TimelineResponse>('/api/nodes/al-jolani/timeline');
    const keys = body.items.flatMap((i) => (i.relationship ? [i.relationship.key] : []));
    for (const key of keys.slice(0, 5)) {
      const { status, body: rel } = await get<RelationshipDetails>(`/api/relationships/${encodeURIComponent(key)}`);
      expect(status).toBe(200);
      expect(rel.citations.length).toBeGreaterThan(0);
    }
    const edgeKeys = new Set(body.graph.edges.map((e) => e.key));
    expect(keys.every((k) => edgeKeys.has(k))).toBe(true);
    expect(body.graph.nodes.some((n) => n.key === 'al-jolani')).toBe(true);
  });

  it('gives a group its own history: founding, leaders and captures with dates', async () => {
    const { body } = await get<TimelineResponse>('/api/nodes/hts/timeline');
    expect(body.items[0]).toMatchObject({ property: 'founded', date: '2017' });
    const hama = body.items.find((i) => i.relationship?.relType === 'CAPTURED' && i.other?.key === 'hama');
    expect(hama).toMatchObject({ date: '2024-12-05', relationship: { direction: 'out' } });
    expect(body.items.some((i) => i.relationship?.relType === 'LEADS' && i.other?.key === 'al-jolani')).toBe(true);
  });

  it('answers 404 for an unknown key and 400 for a malformed one', async () => {
    const missing = await get<ErrorResponse>('/api/nodes/no-such-entity/timeline');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('no-such-entity');
    const bad = await get<ErrorResponse>('/api/nodes/%07bell/timeline');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^key: /);
  });
});

describe('GET /api/nodes/:key/lineage', () => {
  it('lists HTS’s predecessors oldest first, then HTS, then what split from it', async () => {
    const { status, body } = await get<LineageResponse>('/api/nodes/hts/lineage');
    expect(status).toBe(200);
    const line = body.groups.filter((g) => g.generation !== null).map((g) => g.key);
    const order = ['islamic-state-of-iraq', 'jabhat-al-nusra', 'jabhat-fatah-al-sham', 'hts', 'hurras-al-din'];
    expect(order.map((k) => line.indexOf(k))).toEqual([...order.map((k) => line.indexOf(k))].sort((a, b) => a - b));
    expect(body.groups.find((g) => g.key === 'hts')?.generation).toBe(0);
    expect(body.groups.find((g) => g.key === 'islamic-state-of-iraq')?.generation).toBeLessThan(0);
    const dates = body.links.map((l) => l.date ?? l.start ?? '');
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort());
    expect(body.links).toContainEqual(
      expect.objectContaining({ source: 'hts', relType: 'SUCCEEDED', target: 'jabhat-fatah-al-sham', date: '2017' }),
    );
  });

  it('follows successors from an old group, both branches included', async () => {
    const { body } = await get<LineageResponse>('/api/nodes/islamic-state-of-iraq/lineage');
    const successors = body.groups.filter((g) => (g.generation ?? 0) > 0).map((g) => g.key);
    expect(successors).toEqual(expect.arrayContaining(['isis', 'jabhat-al-nusra', 'hts']));
  });

  // The links are read from the groups' keys outwards (lineage.ts LINEAGE_LINKS); the reference reads every such
  // relationship in the store and picks by key here.
  it('links every succession among the line’s groups, and every affiliation touching one of them', async () => {
    const driver = testDriver();
    try {
      const all = (
        await driver.executeQuery(
          `MATCH (a:Faction)-[r:SUCCEEDED|SPLIT_FROM|MERGED_INTO|FOUNDED|AFFILIATED_WITH]->(b:Faction)
           RETURN r.id AS key, type(r) AS type, a.id AS a, b.id AS b`,
          {},
          { database: testConnection().database },
        )
      ).records.map((r) => r.toObject() as { key: string; type: string; a: string; b: string });
      for (const focus of ['hts', 'islamic-state-of-iraq', 'jabhat-al-nusra']) {
        const { body } = await get<LineageResponse>(`/api/nodes/${focus}/lineage`);
        const line = new Set(body.groups.filter((g) => g.generation !== null).map((g) => g.key));
        const want = (affiliation: boolean) =>
          all
            .filter((r) =>
              affiliation
                ? r.type === 'AFFILIATED_WITH' && (line.has(r.a) || line.has(r.b))
                : r.type !== 'AFFILIATED_WITH' && line.has(r.a) && line.has(r.b),
            )
            .map((r) => r.key)
            .sort();
        expect(body.links.map((l) => l.key).sort(), focus).toEqual(want(false));
        expect(body.affiliations.map((l) => l.key).sort(), focus).toEqual(want(true));
        expect(want(false).length, focus).toBeGreaterThan(1);
      }
      // The story's line does reach affiliations: al-Nusra's with al-Qaeda, for one.
      const { body } = await get<LineageResponse>('/api/nodes/hts/lineage');
      expect(body.affiliations.map((l) => [l.source, l.target].sort().join(' '))).toContain('al-qaeda jabhat-al-nusra');
    } finally {
      await driver.close();
    }
  });

  it('has no line for a person, and 404 for an unknown key', async () => {
    const { body } = await get<LineageResponse>('/api/nodes/al-jolani/lineage');
    expect(body.groups).toEqual([]);
    expect((await get('/api/nodes/nobody/lineage')).status).toBe(404);
  });
});

describe('GET /api/time/span and /api/time/events', () => {
  it('spans from the earliest dated fact to the offensive, with the years before it', async () => {
    const { body } = await get<TimeSpanResponse>('/api/time/span');
    expect(body.earliest <= '2011').toBe(true);
    expect(body.offensive).toMatchObject({ start: '2024-11-27', end: '2024-12-08' });
    expect(body.years).toEqual([...body.years].sort((a, b) => a - b));
    expect(body.years).toContain(2017);
    expect(body.years.every((y) => y < 2024)).toBe(true);
  });

  // The span is kept on the dataset's marker at seed time; a scan of every date in the store is the reference.
  it('is exactly the span of every date in the store, as a scan of it finds', async () => {
    const driver = testDriver();
    try {
      const scanned = await scanDateSpan(driver, testConnection().database);
      const { body } = await get<TimeSpanResponse>('/api/time/span');
      expect({ earliest: body.earliest, latest: body.latest }).toEqual({
        earliest: scanned.earliest,
        latest: scanned.latest,
      });
      expect(body.years).toEqual(scanned.years.filter((y) => y < 2024));
    } finally {
      await driver.close();
    }
  });

  it('lists who captured what on 5 December 2024, and nothing of another day', async () => {
    const { body } = await get<DatedHappeningsResponse>('/api/time/events?from=2024-12-05&to=2024-12-05');
    const hama = body.happenings.find((h) => h.select.key === 'capture-of-hama')!;
    expect(hama).toMatchObject({ kind: 'capture', date: '2024-12-05' });
    expect(hama.actors.map((a) => a.key)).toContain('hts');
    expect(hama.places.map((p) => p.key)).toEqual(['hama']);
    // Day-precise happenings all cover the 5th (an operation running over it counts); vaguer dates may too.
    const dayPrecise = body.happenings.filter((h) => h.date.length === 10);
    expect(dayPrecise.every((h) => h.date <= '2024-12-05' && (h.end ?? h.date) >= '2024-12-05')).toBe(true);
    expect(body.happenings.some((h) => h.select.key === 'capture-of-aleppo')).toBe(false);
  });

  it.each([
    ['/api/time/events?to=2024-12-05', 'from: is required'],
    ['/api/time/events?from=2024-12-06&to=2024-12-05', 'to: must not be before from'],
    ['/api/time/events?from=2024-02-30&to=2024-03-01', 'from: must be a real calendar day'],
    ['/api/time/events?from=2024-12&to=2024-12-05', 'from: must be a day as YYYY-MM-DD'],
    ['/api/time/events?from=2020-01-01&to=2024-12-05', 'to: the window must be at most 400 days'],
  ])('%s is a 400 naming the problem', async (path, message) => {
    const { status, body } = await get<ErrorResponse>(path);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });
});

describe('GET /api/places', () => {
  it('gives coordinates where the data has them and lists the places without', async () => {
    const { body } = await get<PlacesResponse>('/api/places');
    const at = (k: string) => body.places.find((p) => p.key === k)!;
    expect(at('aleppo').lat!).toBeGreaterThan(at('damascus').lat!);
    expect(body.unplaced.every((p) => !body.places.some((q) => q.key === p.key))).toBe(true);
    expect(body.unplaced.length).toBeGreaterThan(0);
    expect(body.anchors).toContainEqual({ key: 'capture-of-aleppo', place: 'aleppo', relType: 'OCCURRED_IN' });
  });
});
