// Keeps the story and the synthetic data apart: each refuses a store that holds the other (or anything unmarked).
import neo4j from 'neo4j-driver';
import type { SeedTarget } from '../import.ts';
import { READ_MARKERS } from './cypher.ts';

export interface StoreContents {
  story: Record<string, unknown> | null;
  synthetic: Record<string, unknown> | null;
  entities: number;
}

export async function readStoreContents({ driver, database }: SeedTarget): Promise<StoreContents> {
  const res = await driver.executeQuery(READ_MARKERS, {}, { database, routing: neo4j.routing.READ });
  const rec = res.records[0]!;
  const markers = rec.get('markers') as Record<string, unknown>[];
  return {
    story: markers.find((m) => m.id === 'story') ?? null,
    synthetic: markers.find((m) => m.id === 'synthetic') ?? null,
    entities: Number(rec.get('entities')),
  };
}

export class WrongStoreError extends Error {}

/** Throws unless the store is empty or already holds `dataset` (and only it). */
export async function assertStoreFor(target: SeedTarget, dataset: 'story' | 'synthetic'): Promise<StoreContents> {
  const c = await readStoreContents(target);
  const other = dataset === 'story' ? c.synthetic : c.story;
  if (other)
    throw new WrongStoreError(
      dataset === 'story'
        ? 'This Neo4j holds the synthetic scale dataset; the story will not be seeded into it. Point NEO4J_URI at the story database (or unset it to use the local one).'
        : 'This Neo4j holds the story dataset; synthetic data will not be written into it. Use the local synthetic store (unset NEO4J_URI) or point NEO4J_URI at a separate, empty database.',
    );
  if (dataset === 'synthetic' && !c.synthetic && c.entities > 0)
    throw new WrongStoreError(
      `This Neo4j already holds ${c.entities} entities that are not synthetic; refusing to mix synthetic data into them.`,
    );
  return c;
}
