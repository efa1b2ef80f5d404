// The local Neo4j is hardened by its own settings too, not only by the console: read back what it actually runs with.
import { readdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_PROCEDURES } from '../../server/console/plan-rules.ts';
import { testDriver } from '../support/neo4j.ts';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

async function settings(): Promise<Record<string, string>> {
  const res = await driver.executeQuery('SHOW SETTINGS YIELD name, value RETURN name, value');
  return Object.fromEntries(res.records.map((r) => [r.get('name') as string, String(r.get('value'))]));
}

describe.skipIf(Boolean(process.env.NEO4J_URI))('the local Neo4j', () => {
  it('refuses file URLs, reads CSV only from an empty directory, caps every transaction and loads no plugin procedure the console does not allow', async () => {
    const s = await settings();
    expect(s['dbms.security.allow_csv_import_from_file_urls']).toBe('false');
    expect(readdirSync(s['server.directories.import']!)).toEqual([]);
    expect(s['db.memory.transaction.max']).toBe('256.00MiB');
    expect(s['db.memory.transaction.total.max']).toBe('640.00MiB');
    expect(s['db.transaction.timeout']).toBe('2m');
    expect(s['dbms.security.auth_enabled']).toBe('true');
    expect(s['server.http.enabled']).toBe('false');
    expect(s['server.bolt.listen_address']).toMatch(/^127\.0\.0\.1:/);
    const allowlisted = s['dbms.security.procedures.allowlist']!.split(',');
    for (const p of ALLOWED_PROCEDURES) expect(allowlisted).toContain(p);
  });
});
