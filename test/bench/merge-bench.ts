// MERGE with and without a uniqueness constraint on the key, interleaved round by round on the same M scratch nodes.
import neo4j, { type Driver } from 'neo4j-driver';
import {
  DROP_SCRATCH,
  DROP_SCRATCH_CONSTRAINT,
  FILL_SCRATCH,
  MERGE_INDEXED,
  MERGE_UNINDEXED,
  SCRATCH_CONSTRAINT,
} from './cypher.ts';
import { interleave, median, since } from './stats.ts';

export interface MergeFigures {
  withRowsPerSecond: number;
  withoutRowsPerSecond: number;
  ratio: number;
  existingNodes: number;
  rowsPerRound: number;
}

export async function mergeBench(
  driver: Driver,
  database: string,
  plan: { rounds: number; mergeExisting: number; mergeRows: number },
  log: (l: string) => void,
): Promise<MergeFigures> {
  log('MERGE with vs without a uniqueness constraint…');
  await driver.executeQuery(SCRATCH_CONSTRAINT, {}, { database });
  await driver.executeQuery(FILL_SCRATCH, { m: neo4j.int(plan.mergeExisting) }, { database });
  const withIdx: number[] = [];
  const without: number[] = [];
  let round = 0;
  // Half the rows exist already (MERGE matches), half are new (MERGE creates): a re-seed's mix.
  const rowsFor = (r: number) =>
    Array.from({ length: plan.mergeRows }, (_, i) => {
      const id = i % 2 === 0 ? `n-${(r * plan.mergeRows + i) % plan.mergeExisting}` : `new-${r}-${i}`;
      return { id, name: `row ${i}` };
    });
  await interleave(
    plan.rounds,
    async () => {
      const rows = rowsFor(round++);
      const t = performance.now();
      await driver.executeQuery(MERGE_INDEXED, { rows }, { database });
      withIdx.push(rows.length / (since(t) / 1000));
    },
    async () => {
      const rows = rowsFor(round++);
      const t = performance.now();
      await driver.executeQuery(MERGE_UNINDEXED, { rows }, { database });
      without.push(rows.length / (since(t) / 1000));
    },
  );
  const s = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await s.run(DROP_SCRATCH);
  } finally {
    await s.close();
  }
  await driver.executeQuery(DROP_SCRATCH_CONSTRAINT, {}, { database });
  return {
    withRowsPerSecond: median(withIdx),
    withoutRowsPerSecond: median(without),
    ratio: median(withIdx) / median(without),
    existingNodes: plan.mergeExisting,
    rowsPerRound: plan.mergeRows,
  };
}
