// A GraphDatabase that notes every statement it runs: replaying exactly those through the bare driver gives the raw
// round trip each endpoint is compared with.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { toNeo4j } from '../../server/db/to-neo4j.ts';

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

export class RecordingDatabase extends GraphDatabase {
  recorded: Statement[] = [];

  override async read(query: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<Neo4jRecord[]> {
    this.recorded.push({ text: query, params });
    return super.read(query, params, timeoutMs);
  }
}

/** The same statements, in order, as GraphDatabase.read sends them (READ routing, same parameters), minus the API. */
export async function replayRaw(driver: Driver, database: string, statements: Statement[]): Promise<boolean> {
  try {
    for (const s of statements) await run(driver, database, s);
    return true;
  } catch {
    // Timed out like the API would have (5 s): counted as an error by the caller.
    return false;
  }
}

async function run(driver: Driver, database: string, s: Statement) {
  await driver.executeQuery(s.text, toNeo4j(s.params) as Record<string, unknown>, {
    database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: 5000 },
  });
}
