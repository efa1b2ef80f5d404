// Runs one console query: text checks, EXPLAIN and plan checks inside a READ transaction, then the query with every cap.
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import type { CypherResponse } from '../contract.ts';
import { RELATIONSHIP_ENDS } from '../db/cypher/console.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { toNeo4j } from '../db/to-neo4j.ts';
import { AppError } from '../http/app-error.ts';
import type { ConsoleLimits } from '../http/limits.ts';
import { consoleError, EXPLAIN_PREFIX } from './console-errors.ts';
import { checkExplained } from './guard.ts';
import { collectElements, emptyFound, missingEnds, rowBytes, shapeRows } from './result-shaper.ts';
import { readStatement } from './statement-text.ts';
import { checkStatementText } from './text-rules.ts';

export interface ConsoleQuery {
  query: string;
  params: Record<string, unknown>;
}

/** Records pulled per round trip: a capped result stops pulling soon after the cap. */
const FETCH_SIZE = 200;
/** Neo4j stops the transaction at the timeout; this backstop covers a database that stops answering altogether. */
const DEADLINE_SLACK_MS = 2000;

export async function runConsoleQuery(
  db: GraphDatabase,
  q: ConsoleQuery,
  limits: ConsoleLimits,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  const text = readStatement(q.query);
  checkStatementText(text);
  const params = toNeo4j(q.params) as Record<string, unknown>;
  const started = performance.now();
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  // Closing the session rolls the transaction back, which stops the query inside Neo4j too.
  const stop = () => void session.close().catch(() => {});
  let silent = false;
  const deadline = setTimeout(() => {
    silent = true;
    stop();
  }, limits.timeoutMs + DEADLINE_SLACK_MS);
  signal?.addEventListener('abort', stop, { once: true });
  let explaining = true;
  try {
    const tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'console' } });
    const explained = await tx.run(EXPLAIN_PREFIX + text.body, params);
    checkExplained(explained.summary, db.database, limits);
    explaining = false;

    const result = tx.run(text.body, params);
    const columns = (await result.keys()) as string[];
    const rows: unknown[][] = [];
    const found = emptyFound();
    let bytes = 0;
    let truncated = false;
    for await (const record of result) {
      const values = record.keys.map((k) => record.get(k));
      bytes += rowBytes(values);
      if (rows.length >= limits.maxRows || bytes > limits.maxBytes) {
        truncated = true;
        break; // the driver discards the rest; Neo4j stops producing it
      }
      rows.push(values);
      collectElements(values, found);
    }
    const ids = missingEnds(found);
    if (ids.length) {
      for (const rec of (await tx.run(RELATIONSHIP_ENDS, { ids })).records)
        for (const end of ['a', 'b']) {
          const n = rec.get(end) as Neo4jNode;
          found.nodes.set(n.elementId, n);
        }
    }
    await tx.rollback();
    const shaped = shapeRows(rows, found, truncated);
    return {
      columns,
      rows: shaped.rows,
      graph: shaped.graph,
      truncated,
      rowCount: rows.length,
      elapsedMs: Math.round(performance.now() - started),
    };
  } catch (err) {
    if (silent) throw AppError.unavailable('Neo4j did not answer in time.', err);
    throw consoleError(err, limits.timeoutMs, explaining);
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener('abort', stop);
    await session.close().catch(() => {});
  }
}
