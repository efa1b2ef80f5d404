// Threat suite, console size: runaway paths and explosions are refused up front, huge results arrive capped and flagged.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse, ErrorResponse } from '../../server/contract.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { cypher } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { expectDatabaseUnchanged } from '../support/unchanged-database.ts';

let app: TestApp;
let small: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  small = await startTestApp({
    limits: {
      ...DEFAULT_LIMITS,
      ratePerMinute: 0,
      consoleRatePerMinute: 0,
      console: { ...DEFAULT_LIMITS.console, maxBytes: 20_000 },
    },
  });
});
afterAll(async () => {
  await app.close();
  await small.close();
});

/** The Cypher examples the README offers people: the console must run every one of them. */
function readmeQueries(): string[] {
  const readme = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  return [...readme.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}

describe('what the console runs', () => {
  it('every example query in the README', async () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThan(5);
    for (const q of queries) {
      const res = await cypher<CypherResponse>(app.url, q);
      expect(res.status, `${q}\n${res.text.slice(0, 300)}`).toBe(200);
      expect(res.body.columns.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['CALL db.labels()', 'label'],
    ['CALL db.schema.visualization()', 'nodes'],
    ["CALL db.index.fulltext.queryNodes('entity_names', 'jolani') YIELD node RETURN node.id AS id", 'id'],
    ['MATCH p = (:Person {id: "al-jolani"})-[*..6]-(:Place {id: "damascus"}) RETURN p LIMIT 3', 'p'],
  ])('the allowed procedures and bounded paths: %s', async (q, column) => {
    const res = await cypher<CypherResponse>(app.url, q);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(res.body.columns).toContain(column);
  });

  it('returns paths and relationships as cells keyed by dataset ids, and as one drawable subgraph', async () => {
    const res = await cypher<CypherResponse>(
      app.url,
      "MATCH p = (:Person {id: 'al-jolani'})-[:LEADS]->(:Faction {id: 'hts'}) RETURN p",
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body.rows[0])).toContain('"__path":true');
    const keys = res.body.graph.nodes.map((n) => n.key).sort();
    expect(keys).toEqual(['al-jolani', 'hts']);
    expect(res.body.graph.edges).toEqual([expect.objectContaining({ source: 'al-jolani', target: 'hts' })]);
    // Relationships returned alone still draw: the console fetches their ends.
    const alone = await cypher<CypherResponse>(app.url, 'MATCH ()-[r:LEADS]->() RETURN r ORDER BY r.id LIMIT 3');
    expect(alone.body.graph.edges).toHaveLength(3);
    expect(alone.body.graph.nodes.length).toBeGreaterThanOrEqual(2);
  });

  it('passes parameters as values, integers as integers', async () => {
    const res = await cypher<CypherResponse>(app.url, 'UNWIND $xs AS x RETURN x LIMIT $n', {
      xs: ['a', "'; DROP", 3],
      n: 2,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.rows).toEqual([['a'], ["'; DROP"]]);
  });

  it('explains a Cypher mistake at the position in the text the person wrote', async () => {
    const res = await cypher<ErrorResponse>(app.url, 'MATCH (n)\nRETRUN n');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('query_failed');
    expect(res.body.error.message).toContain('(line 2, column 1 (offset: 10))');
    expect(res.body.error.message).not.toContain('EXPLAIN');
  });
});

describe('runaway patterns are refused before they run', () => {
  it.each([
    ['MATCH p = (a)-[*]-(b) RETURN p', 'no upper bound'],
    ['MATCH (a)-[:LEADS*2..]->(b) RETURN a', 'no upper bound'],
    ['MATCH (a)-[*..20]-(b) RETURN count(*)', 'up to 20 relationships'],
    ['MATCH p = ((a)-[r]->(b)){1,} RETURN count(p)', 'no upper bound'],
    ['MATCH p = (a:Person)-->+(b:Place) RETURN count(p)', 'no upper bound'],
    ['MATCH p = ((a:Person)-[r]->(b)-[s]->(c)){1,10} RETURN count(p)', 'up to 10 relationships'],
    ['MATCH p = shortestPath((a:Person)-[*]-(b:Place)) RETURN p', 'no upper bound'],
    ['MATCH p = ALL SHORTEST (a:Person)-->+(b:Place) RETURN count(p)', 'no upper bound'],
    ['MATCH p = SHORTEST 2 GROUPS (a:Person)-[r]-{0,}(b:Place) RETURN count(p)', 'no upper bound'],
    ['MATCH (a), (b), (c), (d) WHERE a.name < b.name RETURN count(*)', 'Neo4j estimates'],
  ])('%s', async (q, reason) => {
    const started = Date.now();
    const res = await cypher<ErrorResponse>(app.url, q);
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.message).toContain(reason);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('huge results arrive capped and flagged', () => {
  it('rows beyond the cap are left out', async () => {
    const res = await cypher<CypherResponse>(app.url, 'UNWIND range(1, 100000000) AS i RETURN i');
    expect(res.status).toBe(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.rowCount).toBe(DEFAULT_LIMITS.console.maxRows);
    expect(res.body.rows.at(-1)).toEqual([DEFAULT_LIMITS.console.maxRows]);
  });

  it('bytes beyond the cap are left out', async () => {
    const res = await cypher<CypherResponse>(
      small.url,
      "UNWIND range(1, 500) AS i RETURN i, reduce(s = '', x IN range(1, 50) | s + 'xxxxxxxxxx') AS filler",
    );
    expect(res.status).toBe(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.rowCount).toBeGreaterThan(10);
    expect(res.body.rowCount).toBeLessThan(50);
    expect(JSON.stringify(res.body.rows).length).toBeLessThanOrEqual(20_000);
  });

  it('a small answer is not flagged', async () => {
    const res = await cypher<CypherResponse>(app.url, 'UNWIND range(1, 3) AS i RETURN i');
    expect(res.body).toMatchObject({ truncated: false, rowCount: 3, columns: ['i'] });
  });
});

expectDatabaseUnchanged();
