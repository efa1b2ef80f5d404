// A digest of everything a hostile query could change in Neo4j: data, tokens in use, schema and users.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

async function rows(driver: Driver, database: string, query: string): Promise<unknown[]> {
  const res = await driver.executeQuery(query, {}, { database });
  return res.records.map((r) => r.toObject());
}

/**
 * Timestamps a concurrent re-seed (another test file) may legitimately move are left out; every property of every
 * entity and relationship is in.
 */
export async function dbFingerprint(driver: Driver, database: string): Promise<Record<string, string>> {
  const parts: Record<string, string> = {
    nodes: `MATCH (n) RETURN n.id AS id, labels(n) AS labels,
            [k IN keys(n) WHERE NOT k IN ['seeded_at', 'seeding_started_at'] | [k, n[k]]] AS props
            ORDER BY id, labels`,
    relationships: `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b,
                    [k IN keys(r) | [k, r[k]]] AS props ORDER BY a, type, b, r.id`,
    labels: 'CALL db.labels() YIELD label RETURN label ORDER BY label',
    types: 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType',
    keys: 'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey',
    constraints: 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
    indexes: 'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name',
  };
  const out: Record<string, string> = {};
  for (const [name, query] of Object.entries(parts)) {
    const digest = createHash('sha256').update(JSON.stringify(await rows(driver, database, query)));
    out[name] = digest.digest('hex').slice(0, 16);
  }
  const users = await driver.executeQuery(
    'SHOW USERS YIELD user RETURN user ORDER BY user',
    {},
    { database: 'system' },
  );
  out.users = users.records.map((r) => r.get('user')).join(',');
  return out;
}
