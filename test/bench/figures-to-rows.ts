// Turns the measured figures into the table's rows, each beside its baseline and the issue's target.
import type { LatencyFigures } from './api-bench.ts';
import type { ThroughputFigures } from './throughput-bench.ts';
import type { BrowserFigures } from './browser-bench.ts';
import type { Machine } from './machine.ts';
import type { PayloadFigures } from './payload-bench.ts';
import { bytes, ms, perSecond, times, type Row } from './report.ts';
import type { SeedingFigures } from './seeding-bench.ts';
import { round } from './stats.ts';

export interface Figures {
  quick: boolean;
  machine: Machine;
  nodes: number;
  seeding?: SeedingFigures;
  plans?: { statements: number; scanning: string[] };
  latency: LatencyFigures[];
  throughput: ThroughputFigures[];
  payload: PayloadFigures[];
  browser: BrowserFigures[];
}

/** Targets from the issue, by endpoint: API p95 ≤ 1.5 × raw; neighbourhood d1 p95 < 25 ms; path p95 < 100 ms. */
const P95_TARGET: Record<string, number> = { 'neighbourhood d1': 25, path: 100 };
/** A figure a page could not give (the node was off screen), or one an older result file lacks. */
const orDash = (v: number | null | undefined) => (v === null || v === undefined ? '—' : ms(v));

export function figuresToRows(f: Figures): Row[] {
  const rows: Row[] = [];
  const s = f.seeding;
  if (s) {
    rows.push({
      area: 'seeding',
      measure: `${s.full.nodes.toLocaleString('en')} nodes + ${s.full.relationships.toLocaleString('en')} relationships, batched`,
      value: `${round(s.full.seconds)} s (${perSecond(s.full.rowsPerSecond)} rows)`,
      target: f.quick ? undefined : '< 120 s',
      met: f.quick ? undefined : s.full.seconds < 120,
    });
    for (const c of [s.batchedVsSingle.load, s.batchedVsSingle.merge]) {
      const load = c === s.batchedVsSingle.load;
      rows.push({
        area: 'seeding',
        measure: `${load ? 'first load' : 're-run'}: ${c.statement} ${c.batchRows.toLocaleString('en')}/tx × ${c.inFlight} in flight vs 1 row/tx`,
        value: perSecond(c.batchedRowsPerSecond),
        baseline: perSecond(c.singleRowsPerSecond),
        ratio: times(c.ratio),
        // The target is the seeder's: a synthetic load into its own empty store is the first-load path.
        target: load ? '≥ 50×' : undefined,
        met: load ? c.ratio >= 50 : undefined,
      });
    }
    rows.push({
      area: 'seeding',
      measure: `MERGE with vs without unique constraint (${s.mergeConstraint.existingNodes.toLocaleString('en')} nodes)`,
      value: perSecond(s.mergeConstraint.withRowsPerSecond),
      baseline: perSecond(s.mergeConstraint.withoutRowsPerSecond),
      ratio: times(s.mergeConstraint.ratio),
    });
  }
  if (f.plans)
    rows.push({
      area: 'plans',
      measure: `API statements starting from an index (EXPLAIN at ${f.nodes.toLocaleString('en')} nodes)`,
      value: `${f.plans.statements - f.plans.scanning.length}/${f.plans.statements}`,
      baseline: f.plans.scanning.length ? `scanning: ${f.plans.scanning.join(', ')}` : undefined,
    });
  for (const l of f.latency) {
    const target = P95_TARGET[l.name];
    rows.push({
      area: 'API',
      measure: `${l.name} p50 / p95 (${l.statementsPerRequest.toFixed(1)} statements)`,
      value: `${ms(l.api.p50)} / ${ms(l.api.p95)}`,
      baseline:
        `raw driver ${ms(l.raw.p50)} / ${ms(l.raw.p95)}; executeQuery ${ms(l.executeQuery.p50)} / ${ms(l.executeQuery.p95)}` +
        (l.bare
          ? `; bare node:http ${ms(l.bare.p50)} / ${ms(l.bare.p95)} (${times(l.bare.ratioP95)}` +
            `${l.bare.errors ? `, ${l.bare.errors} failed` : ''})`
          : ''),
      ratio: times(l.ratioP95),
      target: `≤ 1.5×${target ? `, p95 < ${target} ms` : ''}`,
      met: l.ratioP95 <= 1.5 && (!target || l.api.p95 < target) && l.errors === 0,
    });
  }
  for (const t of f.throughput)
    rows.push({
      area: 'throughput',
      measure: `${t.name}, ${t.connections} clients`,
      value: `${perSecond(t.requestsPerSecond)} answered`,
      baseline: `p50 ${ms(t.latency.p50)}, p99 ${ms(t.latency.p99)}${t.refusedPerSecond ? `; ${perSecond(t.refusedPerSecond)} refused (503 busy)` : ''}`,
    });
  for (const p of f.payload)
    rows.push({
      area: 'payload',
      measure: `${p.name} (${p.nodes.toLocaleString('en')} nodes, ${p.edges.toLocaleString('en')} edges)`,
      value: `${bytes(p.perNode.raw)}/node raw`,
      baseline: `${bytes(p.perNode.brotli)}/node brotli (browsers), ${bytes(p.perNode.gzip)}/node gzip`,
      ratio: times(p.bytes.raw / p.bytes.brotli),
    });
  const first = f.browser.find((b) => b.nodes >= 1000);
  for (const b of f.browser) {
    rows.push({
      area: 'browser',
      measure: `${b.nodes.toLocaleString('en')} nodes / ${b.edges.toLocaleString('en')} edges: response → first frame`,
      value: `${ms(b.firstFrameMs)} (drawn after ${ms(b.firstRenderMs)})`,
      baseline:
        first && first !== b ? `${first.nodes.toLocaleString('en')} nodes: ${ms(first.firstFrameMs)}` : undefined,
      ratio: first && first !== b ? times(b.firstFrameMs / first.firstFrameMs) : undefined,
      target: b.nodes === 10_000 ? '< 600 ms' : undefined,
      met: b.nodes === 10_000 ? b.firstFrameMs < 600 : undefined,
    });
    rows.push({
      area: 'browser',
      measure: `${b.nodes.toLocaleString('en')} nodes: layout (${b.layout.mode})`,
      value: `${round(b.layout.iterationsPerSecond)} iterations/s`,
      baseline: `${b.layout.iterations} iterations in ${ms(b.layout.ms)}; longest main-thread task ${ms(b.longestTaskMs)}; hover ${orDash(b.hoverMs)}; click ${orDash(b.selectMs)}`,
    });
  }
  return rows;
}
