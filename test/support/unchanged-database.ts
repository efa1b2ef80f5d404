// For threat-suite files: a fingerprint of the test database before the file's tests, and a last test that it still matches.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dbFingerprint } from './db-fingerprint.ts';
import { testConnection, testDriver } from './neo4j.ts';

/** Call at the end of the file, after its describe blocks, so the check runs after every attack in it. */
export function expectDatabaseUnchanged(): void {
  let driver: Driver;
  let before: Record<string, string>;
  beforeAll(async () => {
    driver = testDriver();
    before = await dbFingerprint(driver, testConnection().database);
  });
  afterAll(() => driver.close());
  it('leaves the database exactly as it was: data, schema and users', async () => {
    expect(await dbFingerprint(driver, testConnection().database)).toEqual(before);
  });
}
