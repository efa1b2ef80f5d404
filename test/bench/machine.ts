// The machine a benchmark ran on: every figure is meaningless without it (and a 2-core box shared with others is noisy).
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  neo4j: string;
  /** 1-minute load average at the start and at the end: how busy the box was meanwhile. */
  load: { start: number; end?: number };
  freeRamGb: number;
  date: string;
}

export async function describeMachine(driver: Driver, database: string): Promise<Machine> {
  const res = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
    {},
    { database },
  );
  const rec = res.records[0]!;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: `${rec.get('v')} ${rec.get('edition')}`,
    load: { start: Math.round(loadavg()[0]! * 100) / 100 },
    freeRamGb: Math.round(freemem() / 2 ** 30),
    date: new Date().toISOString(),
  };
}

export function finishMachine(m: Machine): Machine {
  return { ...m, load: { ...m.load, end: Math.round(loadavg()[0]! * 100) / 100 } };
}
