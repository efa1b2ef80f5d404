// Neo4j's answers to a console query → what the person at the console is told: Cypher mistakes plainly, internals never.
import { Neo4jError } from 'neo4j-driver';
import { isMemoryLimit, isTimeout, isUnreachable, toAppError } from '../db/driver-errors.ts';
import { AppError } from '../http/app-error.ts';
import { rejected } from './text-rules.ts';

/** Lines the console prefixes to the query for its check ("EXPLAIN\n"): error positions are shifted back by these. */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';

/**
 * Keeps Neo4j's explanation and the position it points at; drops Java class names, stack frames and file paths,
 * and moves positions back to the user's own text when the error came from the EXPLAIN check.
 */
export function cleanNeo4jMessage(message: string, fromExplain: boolean): string {
  let text = message
    .split('\n')
    .filter((line) => !/^\s+at [\w$.]+\(|^Caused by:|^\s*\.\.\. \d+ more/.test(line))
    .join('\n')
    .replace(/\b(?:org|java|javax|scala|com)\.[\w$.]+(?:Exception|Error)\b:?\s*/g, '')
    .replace(/(?:\/[\w.-]+){2,}/g, '…')
    .trim();
  if (fromExplain)
    text = text.replace(
      /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g,
      (_m, line: string, col: string, off: string) =>
        `(line ${Math.max(1, Number(line) - 1)}, column ${col} (offset: ${Math.max(0, Number(off) - EXPLAIN_PREFIX.length)}))`,
    );
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

export function consoleError(err: unknown, timeoutMs: number, fromExplain: boolean): AppError {
  if (err instanceof AppError) return err;
  if (isUnreachable(err)) return AppError.unavailable(undefined, err);
  if (!(err instanceof Neo4jError)) return toAppError(err);
  const code = err.code ?? '';
  if (isTimeout(err))
    return new AppError(
      422,
      'query_timeout',
      `The query ran longer than ${timeoutMs / 1000} s and was stopped. Narrow it: start from a known node, add labels, or bound the paths.`,
      err,
    );
  if (isMemoryLimit(err))
    return new AppError(
      422,
      'query_too_large',
      'The query needed more memory than the console allows and was stopped. Return fewer or smaller values, or aggregate.',
      err,
    );
  if (/Expected exactly one statement/.test(err.message))
    return rejected('The console runs one statement at a time. Run them one by one.');
  // Backstops behind the EXPLAIN check: the READ transaction and the server's own settings.
  if (code === 'Neo.ClientError.Statement.AccessMode')
    return rejected('The console is read-only: this query tries to change the graph.');
  if (code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand')
    return rejected('Administration commands are not available in the console: it is read-only.');
  if (code === 'Neo.ClientError.Statement.ExternalResourceFailed')
    return rejected('The console cannot load files or URLs.');
  if (code.startsWith('Neo.ClientError.Security.') && code !== 'Neo.ClientError.Security.Unauthorized')
    return rejected('The console is not allowed to do that.');
  if (code.startsWith('Neo.ClientError.Transaction.'))
    return new AppError(422, 'query_failed', 'The query was stopped before it finished. Try again.', err);
  if (code.startsWith('Neo.ClientError.'))
    return new AppError(400, 'query_failed', cleanNeo4jMessage(err.message, fromExplain), err);
  if (code.startsWith('Neo.TransientError.'))
    return new AppError(503, 'server_busy', 'Neo4j is busy right now; try again in a few seconds.', err);
  if (code.startsWith('Neo.DatabaseError.'))
    // Neo4j failed on its side while running someone's query: the server is fine, the query cannot run here.
    return new AppError(422, 'query_failed', 'Neo4j could not run this query.', err);
  return toAppError(err);
}
