// `npm run seed -- --synthetic N [--seed S] [--force]`: generates and loads the scale dataset into its own store.
import { createDriver } from '../../server/db/create-driver.ts';
import { seedSynthetic } from './load-synthetic.ts';
import { resolveSyntheticDatabase } from './synthetic-store.ts';

export interface SyntheticSeedArgs {
  nodes: string;
  seed?: string;
  force?: boolean;
}

export async function runSyntheticSeed(args: SyntheticSeedArgs): Promise<void> {
  const nodes = Number(args.nodes.replace(/_/g, '').replace(/k$/i, '000'));
  const location = await resolveSyntheticDatabase();
  const driver = createDriver({ ...location, acquireTimeoutMs: 30_000 });
  try {
    const res = await seedSynthetic(
      { driver, database: process.env.NEO4J_DATABASE ?? 'neo4j' },
      {
        nodes,
        ...(args.seed ? { seed: args.seed } : {}),
        force: args.force ?? false,
        log: (l) => console.log(`  ${l}`),
      },
    );
    console.log(
      res.skipped
        ? `${location.describe} already holds it: ${res.nodes} nodes, ${res.relationships} relationships (--force to re-merge).`
        : `Seeded ${location.describe} with synthetic data: ${res.nodes} nodes in ${res.seconds.nodes} s, ` +
            `${res.relationships} relationships in ${res.seconds.relationships} s (${res.seconds.total} s in all).`,
    );
    if (location.owned) console.log('Explore it with: npm start -- --synthetic');
  } finally {
    await driver.close();
    await location.owned?.stop();
  }
}
