// One batch of synthetic rows in one transaction: one UNWIND per label or type, merged into what is there or, into a
// store known to be empty, simply created.
import neo4j from 'neo4j-driver';
import type { SeedTarget } from '../import.ts';
import { MERGE_NODES, MERGE_RELATIONSHIPS } from '../cypher.ts';
import type { RelationshipType } from '../model/relationship-types.ts';
import type { EntityLabel } from '../model/vocabulary.ts';
import type { NodeRow, RelRow } from '../to-rows.ts';
import { CREATE_NODES, CREATE_RELATIONSHIPS } from './cypher.ts';

/** How a batch writes: MERGE converges on what is there; CREATE is for a store known to be empty. */
export type WriteMode = 'merge' | 'create';

const STATEMENTS = {
  merge: { nodes: MERGE_NODES, relationships: MERGE_RELATIONSHIPS },
  create: { nodes: CREATE_NODES, relationships: CREATE_RELATIONSHIPS },
};

/** One transaction per batch, one UNWIND per label or type inside it: rows already grouped by the caller. */
export async function writeBatch(
  target: SeedTarget,
  nodes: NodeRow[],
  rels: RelRow[],
  mode: WriteMode = 'merge',
): Promise<void> {
  const byLabel = groupBy(nodes, (n) => n.label);
  const byType = groupBy(rels, (r) => r.type as RelationshipType);
  const q = STATEMENTS[mode];
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      for (const [label, rows] of byLabel) await tx.run(q.nodes[label as EntityLabel], { rows });
      for (const [type, rows] of byType) await tx.run(q.relationships[type], { rows });
    });
  } finally {
    await session.close();
  }
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
