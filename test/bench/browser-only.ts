// `npm run bench -- --browser-only [--sizes 1000,10000] [--profile]`: only the page in Chromium, without seeding a
// store. The benchmark answers the page's neighbourhood request itself, so the app needs no data: it is served against
// NEO4J_URI (or the dev Neo4j's address) whether or not a Neo4j is listening there.
import { cpus, loadavg, totalmem, freemem } from 'node:os';
import { ensureClientBuilt } from '../../server/boot/ensure-client-built.ts';
import { createLogger } from '../../server/logger.ts';
import { startAppProcess } from './app-process.ts';
import { browserBench } from './browser-bench.ts';
import { figuresToRows, type Figures } from './figures-to-rows.ts';
import { finishMachine } from './machine.ts';
import { table, writeJson } from './report.ts';

export async function browserOnly(sizes: number[], profile: boolean, log: (l: string) => void): Promise<void> {
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: 'not used (browser only)',
    load: { start: Math.round(loadavg()[0]! * 100) / 100 },
    freeRamGb: Math.round(freemem() / 2 ** 30),
    date: new Date().toISOString(),
  };
  log(`${machine.cpu}, ${machine.cores} cores, load ${machine.load.start}; browser only, sizes ${sizes.join(', ')}`);
  await ensureClientBuilt(createLogger('warn'));
  const app = await startAppProcess(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687');
  try {
    const browser = await browserBench(app.url, sizes, log, { profile });
    const figures: Figures = {
      quick: true,
      machine: finishMachine(machine),
      nodes: 0,
      latency: [],
      throughput: [],
      payload: browser.map((b) => b.payload),
      browser,
    };
    const file = writeJson(figures, true);
    console.log(`\n${table(figuresToRows({ ...figures, payload: [] }))}\n`);
    console.log(`Load average ${machine.load.start} at the start, ${figures.machine.load.end} at the end.`);
    console.log(`Figures written to ${file}`);
  } finally {
    await app.stop();
  }
}
