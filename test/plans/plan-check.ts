// Reads a query's plan from EXPLAIN and says where it starts: every leaf must be an index seek, a full-text
// procedure, a count-store read or an argument from an outer row; no operator may scan all nodes, a label or a type.
import type { Driver } from 'neo4j-driver';

/** Operators that read every node, every node of a label, every relationship (of a type) or a whole index. */
export const SCANS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
];

/**
 * Where a plan may start: an index or id seek, a procedure (the full-text index), a count-store read, or `Argument`
 * (a subquery starting from its outer row, which itself started from one of these).
 */
export const STARTS = [
  'NodeUniqueIndexSeek',
  'NodeIndexSeek',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeekByRange',
  'UndirectedRelationshipUniqueIndexSeekByRange',
  'ProcedureCall',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'NodeByElementIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'Argument',
];

/** A leaf that unwinds a request parameter: the rows are the caller's bounded list, each then looked up by index. */
const fromParameter = (l: { operator: string; details: string }) => l.operator === 'Unwind' && /^\$\w+/.test(l.details);

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export interface PlanReport {
  operators: string[];
  leaves: { operator: string; details: string }[];
  scans: string[];
  badLeaves: string[];
}

/** "NodeUniqueIndexSeek@neo4j" → "NodeUniqueIndexSeek" */
const opName = (p: PlanNode) => p.operatorType.split('@')[0]!;

export async function explain(driver: Driver, database: string, text: string): Promise<PlanReport> {
  const res = await driver.executeQuery(`EXPLAIN ${text}`, {}, { database });
  const operators: string[] = [];
  const leaves: PlanReport['leaves'] = [];
  const walk = (p: PlanNode) => {
    operators.push(opName(p));
    if (p.children.length === 0) leaves.push({ operator: opName(p), details: String(p.arguments.Details ?? '') });
    p.children.forEach(walk);
  };
  walk(res.summary.plan as unknown as PlanNode);
  const scans = operators.filter((o) => SCANS.includes(o));
  const badLeaves = leaves
    .filter((l) => !STARTS.includes(l.operator) && !fromParameter(l))
    .map((l) => `${l.operator} ${l.details}`.trim());
  return { operators, leaves, scans, badLeaves };
}
