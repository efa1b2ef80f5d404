// How the API sends one read statement to Neo4j: an auto-commit READ transaction, one Bolt round trip.
import neo4j, { isRetryableError, type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { RETRY_WINDOW_MS } from './create-driver.ts';

/**
 * executeQuery wraps each statement in a managed transaction: BEGIN, RUN+PULL and COMMIT go out as three socket writes
 * and the answer waits on the COMMIT (measured: 1-2 ms more per statement on the bench machine, 15-30 % of a node
 * lookup). An auto-commit transaction carries the same READ mode and timeout in its RUN, and Neo4j still refuses
 * writes in it. A failure within the driver's retry window (a pooled connection the server had closed, a cluster
 * member gone) is tried once more on a fresh connection, as executeQuery's managed retry would have.
 */
export async function runRead(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<Neo4jRecord[]> {
  const once = async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(query, params, { timeout: timeoutMs })).records;
    } finally {
      await session.close();
    }
  };
  const started = performance.now();
  try {
    return await once();
  } catch (err) {
    if (!isRetryableError(err) || performance.now() - started > RETRY_WINDOW_MS) throw err;
    return once();
  }
}
