// A digest of everything a hostile query could change in Neo4j: data, labels and types in use, schema and users.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/** Timestamps a concurrent re-seed (another test file) may legitimately move. */
const MOVING = new Set(['seeded_at', 'seeding_started_at']);

/** Property order depends on how a store was written, not on what it holds: compare sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => !MOVING.has(k))
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

async function digest(driver: Driver, database: string, query: string): Promise<string> {
  const res = await driver.executeQuery(query, {}, { database });
  const rows = res.records.map((r) => JSON.stringify(canonical(r.toObject()))).sort();
  return createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16);
}

const PARTS = {
  nodes: 'MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
  relationships: 'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props',
  labels: 'CALL db.labels() YIELD label RETURN label',
  types: 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
  constraints: 'SHOW CONSTRAINTS YIELD name RETURN name',
  indexes: 'SHOW INDEXES YIELD name, state RETURN name, state',
};

/**
 * Property-key tokens are left out of the digest: a token outlives the rolled-back transaction that named it (other
 * test files roll back on purpose), so tests look for their own canary names instead.
 */
export async function propertyKeys(driver: Driver, database: string): Promise<string[]> {
  const res = await driver.executeQuery(
    'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey',
    {},
    { database },
  );
  return res.records.map((r) => r.get('propertyKey') as string);
}

export async function dbFingerprint(driver: Driver, database: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, query] of Object.entries(PARTS)) out[name] = await digest(driver, database, query);
  const users = await driver.executeQuery(
    'SHOW USERS YIELD user RETURN user ORDER BY user',
    {},
    { database: 'system' },
  );
  out.users = users.records.map((r) => r.get('user')).join(',');
  return out;
}
