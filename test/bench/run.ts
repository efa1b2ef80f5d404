// `npm run bench [-- --quick] [-- --nodes N] [-- --no-browser]`: seeds a throwaway store with the synthetic dataset,
// then measures seeding, the API against the raw driver, throughput, payloads and the page in Chromium; prints one
// table and writes the figures as JSON to bench-results/. Never part of `npm test`.
// `npm run bench -- --browser-only [--sizes 1000,10000] [--profile]`: the page in Chromium alone, no store seeded.
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH } from '../../seed/synthetic/load-synthetic.ts';
import { createDriver } from '../../server/db/create-driver.ts';
import { apiStatements } from '../../server/db/api-statements.ts';
import { warmPlans } from '../../server/db/warm-plans.ts';
import { ensureClientBuilt } from '../../server/boot/ensure-client-built.ts';
import { createLogger } from '../../server/logger.ts';
import { explain } from '../plans/plan-check.ts';
import { latencyBench } from './api-bench.ts';
import { throughputBench } from './throughput-bench.ts';
import { startAppProcess, startBareProcess } from './app-process.ts';
import { openBenchStore } from './bench-store.ts';
import { browserBench } from './browser-bench.ts';
import { browserOnly } from './browser-only.ts';
import { benchCases } from './cases.ts';
import { figuresToRows, type Figures } from './figures-to-rows.ts';
import { describeMachine, finishMachine } from './machine.ts';
import { payloadOf } from './payload-bench.ts';
import { table, writeJson } from './report.ts';
import { seedingBench } from './seeding-bench.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    nodes: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    // The page alone, no store seeded (see browser-only.ts); --profile saves a CPU profile per size.
    'browser-only': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const nodes = Number(values.nodes ?? (quick ? 5000 : 100_000));
const plan = quick
  ? {
      rounds: 2,
      singleRows: 100,
      batchRows: 2_000,
      mergeExisting: 2000,
      mergeRows: 200,
      perCase: 10,
      requests: 40,
      warmup: 10,
      seconds: 2,
      sizes: [1000, 5000],
    }
  : {
      rounds: 5,
      singleRows: 300,
      batchRows: DEFAULT_BATCH,
      mergeExisting: 10_000,
      mergeRows: 500,
      // Every random request a different entity. With 40 asked five times each, two factions whose one-hop views
      // cost 8-15x the median (5% of the requests) sat exactly at the 95th percentile, so the p95 swung between them
      // and the slowest of the other 190 from run to run; 200 draws estimate the graph's own tail.
      perCase: 200,
      requests: 200,
      warmup: 30,
      seconds: 5,
      sizes: [1000, 5000, 10_000, 50_000],
    };
if (values.sizes) plan.sizes = values.sizes.split(',').map(Number);
const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  if (values['browser-only']) return browserOnly(plan.sizes, values.profile, log);
  const store = await openBenchStore(log);
  const driver = createDriver({ ...store, acquireTimeoutMs: 60_000 });
  const { database } = store;
  let app: Awaited<ReturnType<typeof startAppProcess>> | undefined;
  let bare: typeof app;
  try {
    const machine = await describeMachine(driver, database);
    log(
      `${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}, Neo4j ${machine.neo4j}, load ${machine.load.start}`,
    );
    const figures: Figures = { quick, machine, nodes, latency: [], throughput: [], payload: [], browser: [] };
    figures.seeding = await seedingBench(driver, database, { nodes, ...plan }, log);

    const warm = await warmPlans(driver, database);
    log(`${warm.statements} API statements planned in ${warm.ms} ms`);
    const scanning: string[] = [];
    for (const s of await apiStatements()) {
      const p = await explain(driver, database, s.text);
      if (p.scans.length || p.badLeaves.length) scanning.push(s.name);
    }
    figures.plans = { statements: warm.statements, scanning };

    await ensureClientBuilt(createLogger('warn'));
    app = await startAppProcess(store.uri);
    bare = await startBareProcess(store.uri);
    const cases = benchCases(nodes, plan.perCase);
    for (const c of cases) {
      log(`latency: ${c.name}…`);
      const o = {
        driver,
        database,
        serverUrl: app.url,
        bareUrl: bare.url,
        requests: Math.min(plan.requests, c.requests ?? Infinity),
        warmup: c.requests ? Math.min(plan.warmup, Math.ceil(c.requests / 4)) : plan.warmup,
      };
      figures.latency.push(await latencyBench(o, c));
    }
    // Idle from here on: the throughput and browser figures are the app's alone.
    await bare.stop();
    bare = undefined;
    for (const c of cases) {
      log(`throughput: ${c.name}…`);
      figures.throughput.push(await throughputBench(app.url, c, plan.seconds));
    }
    const hub = cases.find((c) => c.name === 'node (hub)')!.urls[0]!.replace('/api/nodes/', '');
    const typical = cases.find((c) => c.name === 'neighbourhood d1')!.urls[0]!;
    figures.payload.push(
      await payloadOf(app.url, 'neighbourhood of a hub, limit 1000', `/api/nodes/${hub}/neighborhood?limit=1000`),
    );
    figures.payload.push(
      await payloadOf(app.url, 'neighbourhood of a hub, limit 150', `/api/nodes/${hub}/neighborhood?limit=150`),
    );
    figures.payload.push(await payloadOf(app.url, 'neighbourhood of a random node', typical));
    if (!values['no-browser']) {
      figures.browser = await browserBench(app.url, plan.sizes, log);
      figures.payload.push(...figures.browser.map((b) => b.payload));
    }
    figures.machine = finishMachine(machine);
    const file = writeJson(figures, quick);
    console.log(`\n${table(figuresToRows(figures))}\n`);
    console.log(
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, Node ${machine.node}, Neo4j ${machine.neo4j}; ` +
        `load average ${machine.load.start} at the start, ${figures.machine.load.end} at the end.`,
    );
    console.log(`Figures written to ${file}`);
  } finally {
    await app?.stop();
    await bare?.stop();
    await driver.close();
    await store.close();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`[bench] failed: ${err.stack ?? err.message}`);
    process.exit(1);
  },
);
