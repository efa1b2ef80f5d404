// The story dataset from files to Neo4j: load, validate, flatten, import.
import { DatasetError, loadDataset } from './load-dataset.ts';
import { importRows, type SeedResult, type SeedTarget } from './import.ts';
import { readFingerprints } from './source-fingerprints.ts';
import { assertStoreFor } from './synthetic/dataset-guard.ts';
import { toRows } from './to-rows.ts';
import { validateDataset } from './validate-dataset.ts';

/** The validated rows, or a DatasetError naming every problem. Nothing reaches Neo4j from an invalid dataset. */
export function storyRows() {
  const data = loadDataset();
  const problems = validateDataset(data, readFingerprints());
  if (problems.length) throw new DatasetError(problems);
  return toRows(data);
}

/** Refuses a store that holds the synthetic scale dataset: the story's import would delete it as stale. */
export async function seedStory(target: SeedTarget, opts: { onlyIfChanged?: boolean } = {}): Promise<SeedResult> {
  await assertStoreFor(target, 'story');
  return importRows(target, storyRows(), { dataset: 'story', onlyIfChanged: opts.onlyIfChanged });
}
