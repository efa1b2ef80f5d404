// After the server listens: wait for Neo4j (as long as it takes), then seed, retrying a seed the database cut short.
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { seedStory } from '../../seed/story.ts';
import { isUnreachable } from '../db/driver-errors.ts';
import { waitForDatabase } from './wait-for-database.ts';

export interface PrepareOptions {
  driver: Driver;
  database: string;
  seed: boolean;
  /** Where the database is, for the log. */
  describe: string;
  log: Logger;
}

function isPassing(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return isUnreachable(err) || code.startsWith('Neo.TransientError.');
}

/**
 * Resolves once the database answers and holds the dataset. Wrong credentials or an invalid dataset throw (an operator
 * must act); a database that is down, or dies mid-seed, is waited for: the seed is one transaction, so a cut-short
 * seed left nothing behind and simply runs again.
 */
export async function prepareDatabase(o: PrepareOptions): Promise<void> {
  for (;;) {
    const agent = await waitForDatabase(o.driver, o.database, o.log, Infinity);
    o.log.info(`connected to ${agent} (${o.describe})`);
    if (!o.seed) return;
    try {
      const seeded = await seedStory({ driver: o.driver, database: o.database }, { onlyIfChanged: true });
      o.log.info(
        `${seeded.skipped ? 'dataset already up to date' : 'dataset seeded'}: ${seeded.nodes} entities, ${seeded.relationships} relationships`,
      );
      return;
    } catch (err) {
      if (!isPassing(err)) throw err;
      o.log.warn('the database went away while seeding; nothing half-done was kept, seeding again when it is back');
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
