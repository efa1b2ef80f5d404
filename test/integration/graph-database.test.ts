// How the API's reads reach the real Neo4j: read-only by the database's own rule, one auto-commit transaction each,
// and a pooled connection the database dropped costs a retry, not a failed request.
import { afterEach, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { testConnection, testDatabase, testDriver } from '../support/neo4j.ts';
import { proxyTo } from '../support/tcp.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function db(): GraphDatabase {
  const driver = testDriver();
  cleanups.push(() => driver.close());
  return testDatabase(driver);
}

describe('GraphDatabase.read', () => {
  it('is refused a write by Neo4j itself, and nothing is written', async () => {
    const reads = db();
    await expect(reads.read('CREATE (p:ReadModeProbe {at: timestamp()}) RETURN p')).rejects.toMatchObject({
      status: 500,
      cause: expect.objectContaining({ code: 'Neo.ClientError.Statement.AccessMode' }),
    });
    const [count] = await reads.read('MATCH (p:ReadModeProbe) RETURN count(p) AS n');
    expect(Number(count!.get('n'))).toBe(0);
  });

  it('runs each statement as an auto-commit transaction, the kind that needs one round trip', async () => {
    // Neo4j accepts CALL … IN TRANSACTIONS only outside an explicit transaction: executeQuery's managed one refuses it.
    const records = await db().read('CALL { RETURN 1 AS one } IN TRANSACTIONS RETURN one');
    expect(records.map((r) => Number(r.get('one')))).toEqual([1]);
  });

  it('replaces a pooled connection the database dropped without failing the read', async () => {
    const conn = testConnection();
    const target = new URL(conn.uri);
    const proxy = await proxyTo(target.hostname, Number(target.port || 7687));
    const driver = createDriver({ ...conn, uri: `bolt://127.0.0.1:${proxy.port}` });
    cleanups.push(
      () => proxy.close(),
      () => driver.close(),
    );
    const reads = new GraphDatabase(driver, conn.database, 5000);
    const one = async () => Number((await reads.read('RETURN 41 + 1 AS n'))[0]!.get('n'));
    expect(await one()).toBe(42);
    // Cut in the same tick as the read: the driver still holds the dead connection as idle and sends on it.
    proxy.cut();
    expect(await one()).toBe(42);
  });
});
