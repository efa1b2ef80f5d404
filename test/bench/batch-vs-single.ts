// Batched vs one row per transaction, side by side in the same run, for both ways the seeder writes relationships:
// a first load's (CREATE, with the loader's transactions in flight) and a re-run's (MERGE, one batch at a time). Each
// is compared with its own statement sent one row per transaction, the way a naive loader would.
import neo4j from 'neo4j-driver';
import type { SeedTarget } from '../../seed/import.ts';
import { MERGE_RELATIONSHIPS } from '../../seed/cypher.ts';
import type { RelationshipType } from '../../seed/model/relationship-types.ts';
import { sliced, writeInFlight } from '../../seed/synthetic/batches-in-flight.ts';
import { CREATE_RELATIONSHIPS } from '../../seed/synthetic/cypher.ts';
import { IN_FLIGHT } from '../../seed/synthetic/load-synthetic.ts';
import { writeBatch, type WriteMode } from '../../seed/synthetic/write-batch.ts';
import type { RelRow } from '../../seed/to-rows.ts';
import { median, since } from './stats.ts';

export interface BatchComparison {
  statement: 'CREATE' | 'MERGE';
  /** Transactions of `batchRows` rows in flight at once, as the loader runs them. */
  inFlight: number;
  batchRows: number;
  singleRows: number;
  batchedRowsPerSecond: number;
  singleRowsPerSecond: number;
  ratio: number;
}

const SINGLE: Record<WriteMode, Record<RelationshipType, string>> = {
  create: CREATE_RELATIONSHIPS,
  merge: MERGE_RELATIONSHIPS,
};
const WARMUP_SINGLE = 50;

/** The loader's batch size, except in a quick run whose small graph has too few scratch rows for it. */
export interface ComparisonPlan {
  rounds: number;
  singleRows: number;
  batchRows: number;
}

/** Scratch rows the comparisons need: a warm-up round and `rounds` timed ones, for both modes. */
export function rowsNeeded(plan: ComparisonPlan): number {
  const batched = (IN_FLIGHT.relationships.create + IN_FLIGHT.relationships.merge) * plan.batchRows;
  return (plan.rounds + 1) * batched + 2 * (plan.rounds * plan.singleRows + WARMUP_SINGLE);
}

export async function batchVsSingle(
  target: SeedTarget,
  scratch: RelRow[],
  plan: ComparisonPlan,
): Promise<{ load: BatchComparison; merge: BatchComparison; written: RelRow[] }> {
  let offset = 0;
  const take = (n: number) => scratch.slice(offset, (offset += n));
  const written: RelRow[] = [];
  const rate = async (rows: RelRow[], write: () => Promise<unknown>) => {
    const t = performance.now();
    await write();
    written.push(...rows);
    return rows.length / (since(t) / 1000);
  };
  const batched = (mode: WriteMode) => {
    const lanes = IN_FLIGHT.relationships[mode];
    const rows = take(lanes * plan.batchRows);
    return rate(rows, () => writeInFlight(sliced(rows, plan.batchRows), lanes, (b) => writeBatch(target, [], b, mode)));
  };
  const single = (mode: WriteMode, count: number) => {
    const rows = take(count);
    return rate(rows, async () => {
      const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        for (const row of rows)
          await session.executeWrite((tx) => tx.run(SINGLE[mode][row.type as RelationshipType], { rows: [row] }));
      } finally {
        await session.close();
      }
    });
  };
  const modes: WriteMode[] = ['create', 'merge'];
  // One unmeasured round of each first, so no statement is planned inside a timing.
  for (const mode of modes) {
    await batched(mode);
    await single(mode, WARMUP_SINGLE);
  }
  const figures = { create: { b: [] as number[], s: [] as number[] }, merge: { b: [] as number[], s: [] as number[] } };
  for (let round = 0; round < plan.rounds; round++) {
    // Every side goes first in some round, so drift and a warmer cache hit them alike.
    const order = round % 2 === 0 ? modes : [...modes].reverse();
    for (const mode of order) {
      const sides = [
        async () => void figures[mode].b.push(await batched(mode)),
        async () => void figures[mode].s.push(await single(mode, plan.singleRows)),
      ];
      for (const side of round % 4 < 2 ? sides : sides.reverse()) await side();
    }
  }
  const compare = (mode: WriteMode): BatchComparison => ({
    statement: mode === 'create' ? 'CREATE' : 'MERGE',
    inFlight: IN_FLIGHT.relationships[mode],
    batchRows: plan.batchRows,
    singleRows: plan.singleRows,
    batchedRowsPerSecond: median(figures[mode].b),
    singleRowsPerSecond: median(figures[mode].s),
    ratio: median(figures[mode].b) / median(figures[mode].s),
  });
  return { load: compare('create'), merge: compare('merge'), written };
}
