// At boot, Neo4j may still be starting (docker compose, a cold Aura instance): wait for it, saying so, up to a deadline
// (none at all when the server already listens and reports itself not ready meanwhile).
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

export async function waitForDatabase(
  driver: Driver,
  database: string,
  log: Logger,
  deadlineMs = 120_000,
): Promise<string> {
  const started = Date.now();
  let said = 0;
  for (;;) {
    try {
      const info = await driver.getServerInfo({ database });
      return info.agent ?? 'Neo4j';
    } catch (err) {
      const e = err as { code?: string; message: string };
      if (e.code === 'Neo.ClientError.Security.Unauthorized')
        throw new Error('Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (.env).');
      if (Date.now() - started > deadlineMs)
        throw new Error(`Neo4j did not answer within ${deadlineMs / 1000} s: ${e.message}`);
      // Say so at once, then every half minute: a database that never comes is an operator's to fix.
      if (Date.now() - said > 30_000) {
        log.info(`waiting for Neo4j to accept connections… (${e.message})`);
        said = Date.now();
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
