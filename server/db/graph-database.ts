// The server's handle on Neo4j: read-only queries with a timeout, errors already mapped, and a bounded ping for health.
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { AppError } from '../http/app-error.ts';
import { toAppError } from './driver-errors.ts';
import { SERVER_VERSION } from './cypher/health.ts';
import { runRead } from './run-read.ts';
import { toNeo4j } from './to-neo4j.ts';

export interface ServerVersion {
  version: string;
  edition: string;
}

/** How long past its own timeout a query may go unanswered before the database counts as unreachable. */
const SILENCE_SLACK_MS = 2000;

export class GraphDatabase {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  /**
   * Runs in an auto-commit READ transaction: the database itself refuses writes, whatever the text says. Neo4j stops it
   * at the timeout; a database that stops answering altogether (frozen, partitioned) is given up on a little later.
   */
  async read(query: string, params: Record<string, unknown> = {}, timeoutMs = this.timeoutMs): Promise<Neo4jRecord[]> {
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(AppError.unavailable('Neo4j did not answer in time.')),
        timeoutMs + SILENCE_SLACK_MS,
      );
    });
    try {
      const work = runRead(this.driver, this.database, query, toNeo4j(params) as Record<string, unknown>, timeoutMs);
      return await Promise.race([work, silent]);
    } catch (err) {
      throw toAppError(err);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Fails within `deadlineMs` even when the database accepts TCP but never answers. */
  async version(deadlineMs: number): Promise<ServerVersion> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(AppError.unavailable('Neo4j did not answer in time.')), deadlineMs);
    });
    try {
      const records = await Promise.race([this.read(SERVER_VERSION, {}, deadlineMs), deadline]);
      return {
        version: String(records[0]?.get('version') ?? 'unknown'),
        edition: String(records[0]?.get('edition') ?? 'unknown'),
      };
    } catch (err) {
      throw toAppError(err);
    } finally {
      clearTimeout(timer);
    }
  }
}
