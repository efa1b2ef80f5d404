// `npm run seed`: check the dataset (--check), refresh source fingerprints (--fingerprint), or load it into Neo4j.
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../neo4j-local/resolve-database.ts';
import { createDriver } from '../server/db/create-driver.ts';
import { DatasetError, loadDataset } from './load-dataset.ts';
import { runSyntheticSeed } from './synthetic/run-synthetic-seed.ts';
import { seedStory } from './story.ts';
import { readFingerprints, writeFingerprints } from './source-fingerprints.ts';
import { validateDataset } from './validate-dataset.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    fingerprint: { type: 'string' },
    // The scale dataset, into its own store (see seed/synthetic/): --synthetic 100000 [--seed S] [--force].
    synthetic: { type: 'string' },
    seed: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

function tally(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([k, v]) => `  ${k}: ${v}`).join('\n');
}

async function main(): Promise<number> {
  if (values.fingerprint !== undefined) {
    writeFingerprints(values.fingerprint || undefined);
    console.log('Source fingerprints written to seed/data/source-fingerprints.json');
    return 0;
  }
  if (values.synthetic !== undefined) {
    await runSyntheticSeed({ nodes: values.synthetic, seed: values.seed, force: values.force });
    return 0;
  }
  if (values.check) {
    const data = loadDataset();
    const problems = validateDataset(data, readFingerprints());
    if (problems.length) throw new DatasetError(problems);
    console.log(
      `Dataset is sound: ${data.sources.length} sources, ${data.nodes.length} entities, ${data.relationships.length} relationships`,
    );
    console.log(tally(data.nodes.map((n) => n.record.label)));
    console.log(tally(data.relationships.map((r) => r.record.type)));
    return 0;
  }
  const location = await resolveDatabase();
  const driver = createDriver(location);
  try {
    const res = await seedStory({ driver, database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    console.log(`Seeded ${location.describe}: ${res.nodes} entities, ${res.relationships} relationships.`);
  } finally {
    await driver.close();
    await location.owned?.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err instanceof DatasetError ? err.message : `Seeding failed: ${err.message}`);
    process.exit(1);
  },
);
