// Every API statement starts from an index: EXPLAIN each Cypher constant in server/db/cypher/ (found automatically,
// so queries added later are checked too) and walk its plan for label, type or whole-graph scans.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiStatements } from '../../server/db/api-statements.ts';
import { explain } from '../plans/plan-check.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';

/**
 * Statements that still scan a label, each with why it is tolerated for now. An entry that stops scanning (or
 * disappears) fails the last test, so this list can only shrink.
 */
const KNOWN_SCANS: Record<string, string> = {
  'network.ts NETWORK_FACTIONS': 'ranks every Faction by its network degree: a whole-label view, capped by $limit',
  'places.ts PLACES': 'lists Places by id for the map, capped by $limit',
  'places.ts ANCHORS': 'every OCCURRED_IN/BASED_IN into a placed Place, capped by $limit',
};

const queries = await apiStatements();
let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

// Several checks read the same statement's plan: EXPLAIN each once.
const plans = new Map<string, ReturnType<typeof explain>>();
const planOf = (text: string) => {
  if (!plans.has(text)) plans.set(text, explain(driver, testConnection().database, text));
  return plans.get(text)!;
};

describe('query plans', () => {
  it('finds the API statements (sanity: the discovery itself works)', () => {
    const names = queries.map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(['entity.ts ENTITY', 'neighbourhood.ts FIRST_HOP_SAMPLED', 'search.ts SEARCH']),
    );
  });

  it.each(queries.filter((q) => !(q.name in KNOWN_SCANS)).map((q) => [q.name, q.text]))(
    '%s starts from an index and scans nothing',
    async (_name, text) => {
      const plan = await planOf(text);
      expect(plan.scans).toEqual([]);
      expect(plan.badLeaves).toEqual([]);
    },
  );

  // allShortestPaths falls back to enumerating every path (seconds at 100k nodes) when a predicate cannot be checked
  // during the search; each path statement must plan as the plain bidirectional search.
  it.each(queries.filter((q) => q.name.startsWith('path.ts PATHS[')).map((q) => [q.name, q.text]))(
    '%s searches breadth-first, never by exhaustive enumeration',
    async (_name, text) => {
      const plan = await planOf(text);
      expect(plan.operators).toContain('ShortestPath');
      expect(plan.operators).not.toContain('AntiConditionalApply');
      expect(plan.operators.filter((o) => o.startsWith('VarLengthExpand'))).toEqual([]);
    },
  );

  // A shortest path to an end that is not bound plans as StatefulShortestPath(All): on the 100k graph it took over 45 s
  // from one hub group and kept Neo4j's CPU busy for minutes after its transaction had timed out. Reachability and
  // nearest distance plan as a breadth-first expansion instead (lineage.ts).
  it.each(queries.map((q) => [q.name, q.text]))(
    '%s never searches for shortest paths to an open end',
    async (_n, text) => {
      const plan = await planOf(text);
      expect(plan.operators.filter((o) => o.startsWith('StatefulShortestPath(All)'))).toEqual([]);
    },
  );

  it('the list of tolerated scans is current', async () => {
    for (const [name, why] of Object.entries(KNOWN_SCANS)) {
      const q = queries.find((x) => x.name === name);
      expect(q, `${name} no longer exists: remove it from KNOWN_SCANS`).toBeDefined();
      const plan = await planOf(q!.text);
      expect(plan.scans.length + plan.badLeaves.length, `${name} no longer scans (${why}): remove it`).toBeGreaterThan(
        0,
      );
    }
  });
});
