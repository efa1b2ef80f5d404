// The console's gate: Neo4j's own EXPLAIN decides whether a query only reads; its plan is then checked operator by operator.
import type { ResultSummary } from 'neo4j-driver';
import type { ConsoleLimits } from '../http/limits.ts';
import { planViolation, writingClause, type PlanNode } from './plan-rules.ts';
import { rejected } from './text-rules.ts';

const ADMIN_REFUSAL =
  'Administration commands (users, roles, passwords, databases) are not available in the console: it is read-only.';
const SCHEMA_REFUSAL = 'Schema commands (indexes and constraints) are not available in the console: it is read-only.';

/** Throws a 422 naming why the explained query may not run; returns when it may. */
export function checkExplained(summary: ResultSummary, database: string, limits: ConsoleLimits): void {
  const plan = summary.plan ? (summary.plan as unknown as PlanNode) : null;
  if (!plan) throw rejected('Neo4j gave no plan for this query, so the console cannot check it.');

  // Neo4j routes a query with USE to that database: anything but ours is refused, whatever the text looked like.
  // (Database names are case-insensitive.)
  if (summary.database?.name && summary.database.name.toLowerCase() !== database.toLowerCase())
    throw rejected('The console reads only the explorer’s own graph, never another database.');

  const violation = planViolation(plan, limits);
  if (violation) throw rejected(violation);

  switch (summary.queryType) {
    case 'r':
      return;
    case 'w':
    case 'rw':
      throw rejected(`The console is read-only: ${writingClause(plan)} changes the graph.`);
    case 's':
      throw rejected(/AdministrationCommand/.test(plan.operatorType) ? ADMIN_REFUSAL : SCHEMA_REFUSAL);
    default:
      throw rejected('The console runs only queries that Neo4j confirms are read-only.');
  }
}
