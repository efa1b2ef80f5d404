// Seeding figures: the whole synthetic dataset into an empty store, batched vs one row per transaction side by side,
// and MERGE with vs without a uniqueness constraint, each comparison interleaved in the same run.
import type { Driver } from 'neo4j-driver';
import { generateSynthetic } from '../../seed/synthetic/generate-synthetic.ts';
import { seedSynthetic } from '../../seed/synthetic/load-synthetic.ts';
import type { RelRow } from '../../seed/to-rows.ts';
import { deleteRelationshipsById } from './cypher.ts';
import { batchVsSingle, rowsNeeded, type BatchComparison } from './batch-vs-single.ts';
import { mergeBench, type MergeFigures } from './merge-bench.ts';
import { since } from './stats.ts';

export interface SeedingFigures {
  full: { nodes: number; relationships: number; seconds: number; rowsPerSecond: number };
  /** A first load's way (CREATE, the loader's lanes) and a re-run's (MERGE), each against one row per transaction. */
  batchedVsSingle: { load: BatchComparison; merge: BatchComparison };
  mergeConstraint: MergeFigures;
}

export interface SeedingPlan {
  nodes: number;
  rounds: number;
  singleRows: number;
  /** Rows per batched transaction: the loader's own size in a full run. */
  batchRows: number;
  mergeExisting: number;
  mergeRows: number;
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

  log('batched vs one row per transaction (CREATE as a first load writes, MERGE as a re-run does)…');
  const scratch = scratchRelationships(plan.nodes, rowsNeeded(plan));
  const { load, merge, written } = await batchVsSingle(target, scratch, plan);
  const byType = new Map<string, string[]>();
  for (const r of written) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  // 10k ids per transaction: ~60k deleted at once pass the 256 MiB per-transaction cap in neo4j-local/neo4j.conf.
  for (const [type, ids] of byType)
    for (let i = 0; i < ids.length; i += 10_000)
      await driver.executeQuery(deleteRelationshipsById(type), { ids: ids.slice(i, i + 10_000) }, { database });

  const mergeConstraint = await mergeBench(driver, database, plan, log);
  return {
    full,
    batchedVsSingle: { load, merge },
    mergeConstraint,
  };
}
