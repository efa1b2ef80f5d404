// Driver and Neo4j failures → AppErrors: unreachable is 503, a query too slow or too big says so, the rest stays internal.
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../http/app-error.ts';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnreachable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    UNREACHABLE.has(err.code) || /acquisition timed out|Connection was closed|connect ECONNREFUSED/i.test(err.message)
  );
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.TransactionTimedOut/.test(err.code);
}

export function isMemoryLimit(err: unknown): boolean {
  return err instanceof Neo4jError && /MemoryPoolOutOfMemoryError|MemoryLimitExceeded/.test(err.code);
}

/** For the API's own queries: whatever the cause, the client learns only what it can act on. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isUnreachable(err)) return AppError.unavailable(undefined, err);
  if (isTimeout(err) || isMemoryLimit(err))
    return new AppError(
      503,
      'query_timeout',
      'The database is busy and the query was stopped; try again shortly.',
      err,
    );
  if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Security.Unauthorized')
    return AppError.unavailable(
      'The server cannot log in to its graph database; an operator must fix its credentials.',
      err,
    );
  return new AppError(500, 'internal', 'Something went wrong on our side; it has been logged.', err);
}
