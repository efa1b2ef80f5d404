// Writes the story into Neo4j: schema first, then every node and relationship in one transaction, so a seed is all or nothing.
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  COUNT_GRAPH,
  DATASET_HASH,
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  LOCK_DATASET,
  MARK_DATASET,
  MERGE_NODES,
  MERGE_RELATIONSHIPS,
  SCHEMA,
} from './cypher.ts';
import { DateSpan } from './date-span.ts';
import type { RelationshipType } from './model/relationship-types.ts';
import { RELATIONSHIP_TYPES } from './model/relationship-types.ts';
import { ENTITY_LABELS } from './model/vocabulary.ts';
import type { NodeRow, RelRow } from './to-rows.ts';

export interface SeedTarget {
  driver: Driver;
  database: string;
}

export interface SeedResult {
  nodes: number;
  relationships: number;
  skipped: boolean;
}

const BATCH = 1000;

function chunks<T>(rows: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Bump when what a seed writes besides the rows changes (the marker's date span, say): stores seeded before re-seed. */
const MARKER_VERSION = 2;

export function rowsHash(rows: { nodes: NodeRow[]; relationships: RelRow[] }): string {
  return createHash('sha256').update(`marker ${MARKER_VERSION}\n`).update(JSON.stringify(rows)).digest('hex');
}

/** Two seeds racing on a store without schema both create it: IF NOT EXISTS does not cover that race, so the loser's
 * "already exists" means the schema is there, which is all that is wanted. */
const ALREADY_EXISTS = /EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/;

export async function applySchema({ driver, database }: SeedTarget): Promise<void> {
  // Schema commands cannot share a transaction with data writes; each is idempotent (IF NOT EXISTS).
  for (const statement of SCHEMA) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (err) {
      if (!ALREADY_EXISTS.test((err as { code?: string }).code ?? '')) throw err;
    }
  }
}

export async function storedHash({ driver, database }: SeedTarget, dataset: string): Promise<string | null> {
  const res = await driver.executeQuery(DATASET_HASH, { dataset }, { database, routing: neo4j.routing.READ });
  return (res.records[0]?.get('hash') as string | undefined) ?? null;
}

/** Idempotent: MERGE everything, delete what the files no longer hold, all inside one transaction. */
export async function importRows(
  target: SeedTarget,
  rows: { nodes: NodeRow[]; relationships: RelRow[] },
  opts: { dataset?: string; onlyIfChanged?: boolean } = {},
): Promise<SeedResult> {
  const dataset = opts.dataset ?? 'story';
  const hash = rowsHash(rows);
  await applySchema(target);
  if (opts.onlyIfChanged && (await storedHash(target, dataset)) === hash) {
    return { ...(await countGraph(target)), skipped: true };
  }
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(LOCK_DATASET, { dataset });
      await tx.run(DELETE_STALE_NODES, { keys: rows.nodes.map((n) => `${n.label}:${n.id}`) });
      for (const label of ENTITY_LABELS) {
        for (const batch of chunks(rows.nodes.filter((n) => n.label === label))) {
          await tx.run(MERGE_NODES[label], { rows: batch });
        }
      }
      await tx.run(DELETE_STALE_RELATIONSHIPS, { types: RELATIONSHIP_TYPES, ids: rows.relationships.map((r) => r.id) });
      for (const type of RELATIONSHIP_TYPES) {
        for (const batch of chunks(rows.relationships.filter((r) => r.type === (type as RelationshipType)))) {
          await tx.run(MERGE_RELATIONSHIPS[type], { rows: batch });
        }
      }
      await tx.run(MARK_DATASET, {
        dataset,
        hash,
        nodes: neo4j.int(rows.nodes.length),
        relationships: neo4j.int(rows.relationships.length),
        ...DateSpan.of(rows).params(),
      });
    });
  } finally {
    await session.close();
  }
  return { ...(await countGraph(target)), skipped: false };
}

export async function countGraph({ driver, database }: SeedTarget): Promise<{ nodes: number; relationships: number }> {
  const res = await driver.executeQuery(COUNT_GRAPH, {}, { database, routing: neo4j.routing.READ });
  const rec = res.records[0]!;
  return { nodes: Number(rec.get('nodes')), relationships: Number(rec.get('relationships')) };
}
