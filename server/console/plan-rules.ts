// Walks the plan Neo4j made for a console query and names the first thing a public console must not run.
import type { ConsoleLimits } from '../http/limits.ts';

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Read-only catalogue and search procedures; everything else (dbms.*, db.stats.*, tx.*, writes) is refused. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

const ALLOWED = new Set<string>(ALLOWED_PROCEDURES);
/** Operators that follow relationships a variable number of times. */
const VARIABLE_LENGTH =
  /^(VarLengthExpand|PruningVarExpand|BFSPruningVarExpand|ShortestPath|StatefulShortestPath|Repeat)$/;

/** "VarLengthExpand(All)@neo4j" → "VarLengthExpand" */
export function operatorName(operatorType: string): string {
  return operatorType.replace(/@.*$/, '').replace(/\(.*$/, '');
}

/** The largest number of hops a variable-length operator may take, from its plan details; Infinity when unbounded. */
export function maxHops(details: string): number | null {
  const star = /\*(\d*)(?:\.\.(\d*))?\]/.exec(details);
  if (star) {
    const [, low, high] = star;
    if (high === undefined) return low ? Number(low) : Infinity;
    return high === '' ? Infinity : Number(high);
  }
  const braces = /\{(\d+), ?(\d*)\}/.exec(details);
  if (braces) return braces[2] === '' ? Infinity : Number(braces[2]);
  return null;
}

function* walk(plan: PlanNode): Generator<PlanNode> {
  const stack = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    stack.push(...[...(node.children ?? [])].reverse());
  }
}

function ruleFor(node: PlanNode, limits: ConsoleLimits): string | null {
  const name = operatorName(node.operatorType);
  const details = String(node.arguments?.Details ?? '');
  if (name === 'LoadCSV')
    return 'The console cannot load files or URLs (LOAD CSV): it reads only the explorer’s graph.';
  if (name === 'ProcedureCall') {
    const proc = /^([\w.`]+)\s*\(/.exec(details)?.[1]?.replace(/`/g, '');
    if (!proc || !ALLOWED.has(proc))
      return `The console calls only these procedures: ${ALLOWED_PROCEDURES.join(', ')}. ${proc ?? 'This one'} is not among them.`;
  }
  if (/^(Show|Terminate)/.test(name))
    return 'SHOW and TERMINATE commands are not available in the console: they concern the server, not the graph.';
  if (/^Transaction(Foreach|Apply)$/.test(name))
    return 'CALL … IN TRANSACTIONS is not available in the console: it is for batched writes.';
  if (VARIABLE_LENGTH.test(name)) {
    const hops = maxHops(details);
    const fix = `bound it to at most ${limits.maxHops} hops, like [*..${limits.maxHops}] or {1,${limits.maxHops}}`;
    if (hops === null || hops === Infinity) return `This pattern has no upper bound on its length; ${fix}.`;
    if (hops > limits.maxHops) return `This pattern may follow up to ${hops} relationships; ${fix}.`;
  }
  return null;
}

const LARGE = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });

function estimateRule(node: PlanNode, limits: ConsoleLimits): string | null {
  const rows = Number(node.arguments?.EstimatedRows ?? 0);
  if (!limits.maxEstimatedRows || !(rows > limits.maxEstimatedRows)) return null;
  return (
    `Neo4j estimates this query would handle about ${LARGE.format(rows)} rows at one step ` +
    `(the console allows ${LARGE.format(limits.maxEstimatedRows)}). Connect the patterns you MATCH, ` +
    'add labels or properties, or bound the paths more tightly.'
  );
}

/** The first refusal in the plan, or null. Rules about what a query does come before the size estimate. */
export function planViolation(plan: PlanNode, limits: ConsoleLimits): string | null {
  for (const node of walk(plan)) {
    const found = ruleFor(node, limits);
    if (found) return found;
  }
  for (const node of walk(plan)) {
    const found = estimateRule(node, limits);
    if (found) return found;
  }
  return null;
}

/** For a plan Neo4j typed as writing: which clause does it, in the user's terms (the deepest write runs first). */
export function writingClause(plan: PlanNode): string {
  let found = 'this query';
  for (const node of walk(plan)) {
    const name = operatorName(node.operatorType);
    const clause = /^(Create|Merge|Set|Remove|Foreach)/.exec(name)?.[1] ?? (/Delete/.test(name) ? 'Delete' : null);
    if (clause) found = clause.toUpperCase();
  }
  return found;
}
