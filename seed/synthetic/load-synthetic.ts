// Loads the synthetic dataset in batched transactions (thousands of rows each, one statement per label or type, up to
// two in flight), so 100k nodes and 500k relationships go in within minutes; MERGE on ids makes a re-run converge.
import neo4j from 'neo4j-driver';
import { DateSpan } from '../date-span.ts';
import { applySchema, countGraph, type SeedTarget } from '../import.ts';
import type { NodeRow, RelRow } from '../to-rows.ts';
import { prepared, sliced, writeInFlight } from './batches-in-flight.ts';
import { DROP_MARKER, MARK_COMPLETE, MARK_STARTED, WIPE_NODES, WIPE_RELATIONSHIPS } from './cypher.ts';
import { assertStoreFor } from './dataset-guard.ts';
import { DEFAULT_SEED, generateSynthetic, type SyntheticOptions } from './generate-synthetic.ts';
import { writeBatch, type WriteMode } from './write-batch.ts';

/** Bump when the generator's output or the marker's contents change, so an old store is replaced, not merged into. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_BATCH = 10_000;

/**
 * Transactions in flight per phase. Node batches never touch the same node. Relationship batches share hubs: CREATE
 * locks a relationship's two ends in node-id order, and a dense node only shared, so two batches go at once into an
 * empty store (measured ~1.3x the rows/s of one); MERGE locks both ends while it looks for the row, so merging
 * batches would queue at every hub. Two, not more: Neo4j works on one core per transaction, and we have two.
 */
export const IN_FLIGHT = { nodes: 2, relationships: { create: 2, merge: 1 } } as const;

export interface SyntheticLoadOptions extends SyntheticOptions {
  batchSize?: number;
  /** Re-merge even when the store already holds this exact dataset. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface SyntheticLoadResult {
  nodes: number;
  relationships: number;
  skipped: boolean;
  seconds: { nodes: number; relationships: number; total: number };
}

/** CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery. */
async function wipe(target: SeedTarget): Promise<void> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const q of [WIPE_RELATIONSHIPS, WIPE_NODES, DROP_MARKER]) await session.run(q);
  } finally {
    await session.close();
  }
}

export async function seedSynthetic(target: SeedTarget, opts: SyntheticLoadOptions): Promise<SyntheticLoadResult> {
  const log = opts.log ?? (() => {});
  const batch = opts.batchSize ?? DEFAULT_BATCH;
  const params = {
    n: neo4j.int(opts.nodes),
    seed: opts.seed ?? DEFAULT_SEED,
    relationshipsPerNode: opts.relationshipsPerNode ?? 5,
    generator: neo4j.int(GENERATOR_VERSION),
  };
  const started = performance.now();
  await applySchema(target);
  const store = await assertStoreFor(target, 'synthetic');
  const m = store.synthetic;
  const same =
    m !== null &&
    Number(m.n) === opts.nodes &&
    m.seed === params.seed &&
    Number(m.relationships_per_node) === params.relationshipsPerNode &&
    Number(m.generator) === GENERATOR_VERSION;
  if (same && m.complete === true && !opts.force) {
    log(`the store already holds this synthetic dataset (${opts.nodes} nodes, seed ${params.seed}); nothing to do`);
    return { ...(await countGraph(target)), skipped: true, seconds: { nodes: 0, relationships: 0, total: 0 } };
  }
  let empty = store.entities === 0;
  if (m !== null && !same) {
    log('the store holds a different synthetic dataset: removing it first…');
    await wipe(target);
    empty = true;
  }
  // An interrupted or forced load finds rows already there and merges into them; an empty store is simply filled.
  const mode: WriteMode = empty ? 'create' : 'merge';
  await target.driver.executeQuery(MARK_STARTED, params, { database: target.database });

  const data = generateSynthetic(opts);
  const t0 = performance.now();
  const rows = data.nodes.rows;
  const span = new DateSpan();
  for (const row of rows) span.addNode(row);
  const nodes = (batchRows: NodeRow[]) => writeBatch(target, batchRows, [], mode);
  await writeInFlight(sliced(rows, batch), IN_FLIGHT.nodes, nodes, (done) => log(`nodes ${done}/${rows.length}`));
  const t1 = performance.now();
  const rels = (batchRows: RelRow[]) => writeBatch(target, [], batchRows, mode);
  const every = batch * 10;
  const written = await writeInFlight(
    prepared(span.through(data.relationships()), batch),
    IN_FLIGHT.relationships[mode],
    rels,
    (n) => {
      if (n % every < batch) log(`relationships ${n}/${data.relationshipTarget}`);
    },
  );
  const t2 = performance.now();
  await target.driver.executeQuery(
    MARK_COMPLETE,
    { nodes: neo4j.int(rows.length), relationships: neo4j.int(written), ...span.params() },
    { database: target.database },
  );
  const secs = (a: number, b: number) => Math.round(b - a) / 1000;
  return {
    nodes: rows.length,
    relationships: written,
    skipped: false,
    seconds: { nodes: secs(t0, t1), relationships: secs(t1, t2), total: secs(started, performance.now()) },
  };
}
