// A GraphDatabase that notes every statement it runs: replaying exactly those through the bare driver gives the raw
// round trip each endpoint is compared with.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { GraphDatabase } from '../../server/db/graph-database.ts';
import { runRead } from '../../server/db/run-read.ts';
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

type Send = (driver: Driver, database: string, s: Statement) => Promise<unknown>;

/** As GraphDatabase.read sends a statement (auto-commit READ, same parameters and timeout), minus the API. */
const asTheApi: Send = (driver, database, s) =>
  runRead(driver, database, s.text, toNeo4j(s.params) as Record<string, unknown>, 5000);

/** The driver's own one-call API, a managed READ transaction: what a script written against the driver would send. */
const asExecuteQuery: Send = (driver, database, s) =>
  driver.executeQuery(s.text, toNeo4j(s.params) as Record<string, unknown>, {
    database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: 5000 },
  });

/** The same statements, in order, straight through the driver; false if one failed (a 5 s timeout, say). */
async function replay(send: Send, driver: Driver, database: string, statements: Statement[]): Promise<boolean> {
  try {
    for (const s of statements) await send(driver, database, s);
    return true;
  } catch {
    return false;
  }
}

export const replayRaw = (driver: Driver, database: string, statements: Statement[]) =>
  replay(asTheApi, driver, database, statements);

export const replayExecuteQuery = (driver: Driver, database: string, statements: Statement[]) =>
  replay(asExecuteQuery, driver, database, statements);
