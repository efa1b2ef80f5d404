// Seeding figures: the whole synthetic dataset into an empty store, batched vs one row per transaction side by side,
// and MERGE with vs without a uniqueness constraint, each comparison interleaved in the same run.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { MERGE_RELATIONSHIPS } from '../../seed/cypher.ts';
import type { RelationshipType } from '../../seed/model/relationship-types.ts';
import { generateSynthetic } from '../../seed/synthetic/generate-synthetic.ts';
import { seedSynthetic } from '../../seed/synthetic/load-synthetic.ts';
import { writeBatch } from '../../seed/synthetic/write-batch.ts';
import type { RelRow } from '../../seed/to-rows.ts';
import { deleteRelationshipsById } from './cypher.ts';
import { mergeBench, type MergeFigures } from './merge-bench.ts';
import { interleave, median, since } from './stats.ts';

export interface SeedingFigures {
  full: { nodes: number; relationships: number; seconds: number; rowsPerSecond: number };
  batchedVsSingle: {
    batchedRowsPerSecond: number;
    singleRowsPerSecond: number;
    ratio: number;
    rows: { batched: number; single: number };
  };
  mergeConstraint: MergeFigures;
}

export interface SeedingPlan {
  nodes: number;
  rounds: number;
  singleRows: number;
  mergeExisting: number;
  mergeRows: number;
}

async function session<T>(driver: Driver, database: string, work: (s: Session) => Promise<T>): Promise<T> {
  const s = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await work(s);
  } finally {
    await s.close();
  }
}

/** Rows the main load did not write (same endpoints, new ids), so each comparison round really creates. */
function scratchRelationships(nodes: number, count: number): RelRow[] {
  const out: RelRow[] = [];
  for (const r of generateSynthetic({ nodes, seed: 'bench-scratch' }).relationships()) {
    const id = `bench-${r.id}`;
    out.push({ ...r, id, props: { ...r.props, id } });
    if (out.length >= count) break;
  }
  return out;
}

export async function seedingBench(
  driver: Driver,
  database: string,
  plan: SeedingPlan,
  log: (l: string) => void,
): Promise<SeedingFigures> {
  const target = { driver, database };
  log(`seeding ${plan.nodes} nodes and ~${plan.nodes * 5} relationships into an empty store…`);
  const t0 = performance.now();
  const res = await seedSynthetic(target, { nodes: plan.nodes, log: (l) => log(`  ${l}`) });
  const seconds = since(t0) / 1000;
  const full = {
    nodes: res.nodes,
    relationships: res.relationships,
    seconds,
    rowsPerSecond: (res.nodes + res.relationships) / seconds,
  };

  log('batched vs one row per transaction…');
  const batchRows = 10_000;
  const batched: number[] = [];
  const single: number[] = [];
  const warmupSingle = 50;
  const scratch = scratchRelationships(
    plan.nodes,
    (plan.rounds + 1) * batchRows + plan.rounds * plan.singleRows + warmupSingle,
  );
  let offset = 0;
  const take = (n: number) => scratch.slice(offset, (offset += n));
  const written: RelRow[] = [];
  const batchedRound = async () => {
    const rows = take(batchRows);
    const t = performance.now();
    await writeBatch(target, [], rows);
    written.push(...rows);
    return rows.length / (since(t) / 1000);
  };
  const singleRound = async (count: number) => {
    const rows = take(count);
    const t = performance.now();
    await session(driver, database, async (s) => {
      for (const row of rows)
        await s.executeWrite((tx) => tx.run(MERGE_RELATIONSHIPS[row.type as RelationshipType], { rows: [row] }));
    });
    written.push(...rows);
    return rows.length / (since(t) / 1000);
  };
  // One unmeasured round of each first: the load CREATEs, so the MERGE plans are compiled here, not inside a timing.
  await batchedRound();
  await singleRound(warmupSingle);
  await interleave(
    plan.rounds,
    async () => void batched.push(await batchedRound()),
    async () => void single.push(await singleRound(plan.singleRows)),
  );
  const byType = new Map<string, string[]>();
  for (const r of written) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  // 10k ids per transaction: ~60k deleted at once pass the 256 MiB per-transaction cap in neo4j-local/neo4j.conf.
  for (const [type, ids] of byType)
    for (let i = 0; i < ids.length; i += batchRows)
      await driver.executeQuery(deleteRelationshipsById(type), { ids: ids.slice(i, i + batchRows) }, { database });
  const batchedVsSingle = {
    batchedRowsPerSecond: median(batched),
    singleRowsPerSecond: median(single),
    ratio: median(batched) / median(single),
    rows: { batched: batchRows, single: plan.singleRows },
  };

  const mergeConstraint = await mergeBench(driver, database, plan, log);
  return {
    full,
    batchedVsSingle,
    mergeConstraint,
  };
}
