// The seed against the real Neo4j: schema present, idempotent, serialised under concurrency, all-or-nothing.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, importRows } from '../../seed/import.ts';
import { seedStory, storyRows } from '../../seed/story.ts';
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';
import { ENTITY_LABELS } from '../../seed/model/vocabulary.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';

let driver: Driver;
let database: string;
beforeAll(() => {
  driver = testDriver();
  database = testConnection().database;
});
afterAll(() => driver.close());

async function fingerprint() {
  const res = await driver.executeQuery(
    `MATCH (n:Entity) WITH count(n) AS nodes, count(DISTINCT n.id) AS ids
     MATCH (:Entity)-[r]->(:Entity) RETURN nodes, ids, count(r) AS rels, count(DISTINCT r.id) AS relIds`,
    {},
    { database },
  );
  const r = res.records[0]!;
  return {
    nodes: Number(r.get('nodes')),
    ids: Number(r.get('ids')),
    rels: Number(r.get('rels')),
    relIds: Number(r.get('relIds')),
  };
}

describe('seed', () => {
  it('creates a uniqueness constraint per label and relationship type, and the full-text index', async () => {
    const res = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *',
      {},
      { database },
    );
    const unique = res.records
      .filter((r) => String(r.get('type')).includes('UNIQUENESS'))
      .map((r) => (r.get('labelsOrTypes') as string[])[0]);
    for (const name of [...ENTITY_LABELS, ...RELATIONSHIP_TYPES, 'Entity']) expect(unique).toContain(name);
    const idx = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' RETURN name, state",
      {},
      { database },
    );
    expect(idx.records.map((r) => [r.get('name'), r.get('state')])).toContainEqual(['entity_names', 'ONLINE']);
  });

  it('loads every record of the files and nothing else', async () => {
    const rows = storyRows();
    const counts = await countGraph({ driver, database });
    expect(counts).toEqual({ nodes: rows.nodes.length, relationships: rows.relationships.length });
  });

  it('running it twice changes nothing', async () => {
    const before = await fingerprint();
    await seedStory({ driver, database });
    expect(await fingerprint()).toEqual(before);
    expect(before.ids).toBe(before.nodes);
    expect(before.relIds).toBe(before.rels);
  });

  it('two seeds at once do not duplicate anything', async () => {
    const before = await fingerprint();
    await Promise.all([seedStory({ driver, database }), seedStory({ driver, database })]);
    expect(await fingerprint()).toEqual(before);
  });

  it('a failing import leaves the previous graph untouched (one transaction)', async () => {
    const before = await fingerprint();
    const rows = storyRows();
    // A relationship whose end does not exist is fine for MATCH; a property Neo4j cannot store (a map) fails midway.
    const broken = {
      nodes: rows.nodes.map((n, i) =>
        i === rows.nodes.length - 1 ? { ...n, props: { ...n.props, bad: { nested: 1 } } } : n,
      ),
      relationships: rows.relationships.slice(0, 10),
    };
    await expect(importRows({ driver, database }, broken)).rejects.toThrow();
    expect(await fingerprint()).toEqual(before);
  });

  it('stores whole numbers as integers and dates with their precision', async () => {
    const res = await driver.executeQuery(
      "MATCH (n:Event {id: 'capture-of-hama'}) RETURN n.date AS date, n.date_precision AS p, n.source_paras[0] AS para",
      {},
      { database },
    );
    const r = res.records[0]!;
    expect(r.get('date')).toBe('2024-12-05');
    expect(r.get('p')).toBe('day');
    expect(neo4j.isInt(r.get('para'))).toBe(true);
  });
});
