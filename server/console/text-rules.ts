// The refusals that must be decided from the text itself, because Neo4j's EXPLAIN cannot judge them for us.
import { AppError } from '../http/app-error.ts';
import type { StatementText } from './statement-text.ts';

export function rejected(message: string): AppError {
  return new AppError(422, 'query_rejected', message);
}

const PREFIX_REFUSALS: Record<string, string> = {
  EXPLAIN: 'EXPLAIN is not available in the console: it shows results, not query plans. Leave it out.',
  PROFILE: 'PROFILE is not available in the console: it exposes the server’s execution details. Leave it out.',
  CYPHER: 'Query options (CYPHER …) are not available in the console. Leave them out.',
};

const USE_REFUSAL =
  'USE is not available in the console: it reads only the explorer’s own graph, never another database.';

/** Throws the first refusal that applies; returns nothing when the text may go on to Neo4j's EXPLAIN. */
export function checkStatementText(s: StatementText): void {
  if (s.statements === 0) throw AppError.badRequest('query: must contain a Cypher statement, not only comments.');
  if (s.statements > 1)
    throw rejected(
      `The console runs one statement at a time; this text holds ${s.statements} statements separated by semicolons. Run them one by one.`,
    );
  const first = s.tokens[0];
  if (first?.kind === 'word' && PREFIX_REFUSALS[first.text]) throw rejected(PREFIX_REFUSALS[first.text]!);
  if (first?.kind === 'word' && first.text === 'USE') throw rejected(USE_REFUSAL);
  // Inside a subquery: `CALL { USE other … }`. A map literal `{use: 1}` is followed by a colon, not a name.
  s.tokens.forEach((t, i) => {
    const next = s.tokens[i + 1];
    if (
      t.kind === 'word' &&
      t.text === 'USE' &&
      s.tokens[i - 1]?.text === '{' &&
      (next?.kind === 'word' || next?.kind === 'quoted')
    )
      throw rejected(USE_REFUSAL);
  });
}
