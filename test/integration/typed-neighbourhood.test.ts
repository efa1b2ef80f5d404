// A neighbourhood narrowed to some relationship types (`types=`), checked against what Neo4j itself holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, Subgraph } from '../../server/contract.ts';
import { testConnection } from '../support/neo4j.ts';
import { getJson, startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const get = <T>(path: string) => getJson<T>(app.url, path);

async function cypher<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await app.driver.executeQuery(query, params, { database: testConnection().database });
  return records.map((r) => r.toObject() as T);
}

/** The truth: neighbours reached in one hop through `types`, and every relationship of `types` among them. */
async function typedOneHop(key: string, types: string[]) {
  const [row] = await cypher<{ keys: string[] }>(
    'MATCH (c:Entity {id: $key})-[r]-(n:Entity) WHERE type(r) IN $types RETURN collect(DISTINCT n.id) AS keys',
    { key, types },
  );
  const nodes = [key, ...row!.keys];
  const edges = await cypher<{ id: string }>(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $nodes AND b.id IN $nodes AND type(r) IN $types
     RETURN r.id AS id`,
    { nodes, types },
  );
  return { nodes: nodes.sort(), edges: edges.map((e) => e.id).sort() };
}

const keysOf = (s: Subgraph) => s.nodes.map((n) => n.key).sort();

describe('GET /api/nodes/:key/neighborhood?types=', () => {
  it.each([
    ['hts', ['OPPOSES']],
    ['hts', ['OPPOSES', 'ALLIED_WITH']],
    ['al-jolani', ['LEADS', 'MEMBER_OF']],
    ['aleppo', ['CAPTURED', 'OCCURRED_IN']],
  ])('%s through %j: exactly the neighbours and relationships Neo4j has of those types', async (key, types) => {
    const { status, body } = await get<Subgraph>(`/api/nodes/${key}/neighborhood?types=${types.join(',')}&limit=1000`);
    expect(status).toBe(200);
    const truth = await typedOneHop(key, types);
    expect(truth.nodes.length).toBeGreaterThan(2);
    expect(keysOf(body)).toEqual(truth.nodes);
    expect(body.edges.map((e) => e.key).sort()).toEqual(truth.edges);
    expect(body.attributes!.totalNodes).toBe(truth.nodes.length - 1);
    expect(body.attributes!.truncated).toBe(false);
    expect(body.attributes!.relationshipTypes).toEqual(types);
  });

  it("still reports all of the centre's relationships by type, not only those asked for", async () => {
    const [truth] = await cypher<{ counts: Record<string, unknown> }>(
      `MATCH (c:Entity {id: 'hts'})-[r]-(:Entity) WITH type(r) AS t, count(*) AS n RETURN collect([t, n]) AS counts`,
      {},
    );
    const expected = Object.fromEntries(
      (truth!.counts as unknown as [string, unknown][]).map(([t, n]) => [t, Number(n)]),
    );
    const { body } = await get<Subgraph>('/api/nodes/hts/neighborhood?types=OPPOSES');
    expect(body.attributes!.centerRelationshipCounts).toEqual(expected);
    expect(Object.keys(expected).length).toBeGreaterThan(3);
  });

  it('caps a typed view like any other, counting the rest of that type and only that type', async () => {
    const truth = await typedOneHop('hts', ['OPPOSES']);
    const { body } = await get<Subgraph>('/api/nodes/hts/neighborhood?types=OPPOSES&limit=2');
    expect(body.nodes).toHaveLength(3);
    expect(body.attributes!.truncated).toBe(true);
    expect(body.attributes!.totalNodes).toBe(truth.nodes.length - 1);
    const omitted = Object.values(body.attributes!.omittedByType).reduce((a, b) => a + (b ?? 0), 0);
    expect(omitted).toBe(truth.nodes.length - 3);
    for (const e of body.edges) expect(e.attributes!.relType).toBe('OPPOSES');
  });

  it('follows only those types on further hops', async () => {
    const types = ['LEADS', 'MEMBER_OF'];
    const [truth] = await cypher<{ keys: string[] }>(
      `MATCH (c:Entity {id: 'al-jolani'})-[rs*1..2]-(n:Entity) WHERE all(r IN rs WHERE type(r) IN $types)
       RETURN collect(DISTINCT n.id) AS keys`,
      { types },
    );
    const { body } = await get<Subgraph>(
      `/api/nodes/al-jolani/neighborhood?depth=2&types=${types.join(',')}&limit=1000`,
    );
    expect(keysOf(body)).toEqual([...new Set(['al-jolani', ...truth!.keys])].sort());
    for (const e of body.edges) expect(types).toContain(e.attributes!.relType);
    const untyped = await get<Subgraph>('/api/nodes/al-jolani/neighborhood?depth=2&limit=1000');
    expect(untyped.body.nodes.length).toBeGreaterThan(body.nodes.length);
  });

  it('is the centre alone when it has none of those types', async () => {
    const { status, body } = await get<Subgraph>('/api/nodes/al-jolani/neighborhood?types=OCCURRED_IN');
    expect(status).toBe(200);
    expect(keysOf(body)).toEqual(['al-jolani']);
    expect(body.attributes!.totalNodes).toBe(0);
  });

  it.each([
    ['types=FOUGHT', /^types: FOUGHT is not one of LEADS, MEMBER_OF/],
    ['types=', /^types: must name at least one relationship type$/],
    ['types=OPPOSES&types=LEADS', /^types: must be given once, as a comma-separated list$/],
    ["types=OPPOSES'%20OR%201=1", /^types: OPPOSES' OR 1=1 is not one of/],
  ])('%s is a 400 that names the problem', async (query, message) => {
    const { status, body } = await get<ErrorResponse>(`/api/nodes/hts/neighborhood?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });
});
