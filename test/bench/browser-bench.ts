// The real page in Debian's headless Chromium fed subgraphs of 1k, 10k and 50k nodes (through the page's own
// neighbourhood request, answered by the benchmark): time from response to first frame, layout steps per second, the
// main thread's longest stall, and hover and click latency. SwiftShader renders on the CPU: a GPU would draw faster.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startCpuProfile } from './cpu-profile.ts';
import { syntheticSubgraph } from './browser-payload.ts';
import { probeScript, type PageProbe } from './page-probe.ts';
import { measurePayload, type PayloadFigures } from './payload-bench.ts';
import { hoverLatency, selectLatency } from './pointer-latency.ts';

export interface BrowserFigures {
  nodes: number;
  edges: number;
  payload: PayloadFigures;
  /** From the end of the neighbourhood response to the first frame holding every node, composited. */
  firstFrameMs: number;
  /** The same, up to sigma issuing that frame's draw calls (before the GPU, here SwiftShader, has run them). */
  firstRenderMs: number;
  layout: { mode: string; iterations: number; ms: number; iterationsPerSecond: number };
  longestTaskMs: number;
  /** From the pointer entering the focus to the frame that highlights its neighbours (pointer-latency.ts). */
  hoverMs: number | null;
  /** From a click on it to the frame that shows it selected. */
  selectMs: number | null;
  screenshot: string;
  /** The CPU profile's file, when asked for. */
  profile?: string;
}

const ARTIFACTS = resolve(import.meta.dirname, '..', 'artifacts');

export interface BrowserBenchOptions {
  /** Saves a CPU profile of each page, from navigation to the end of the layout, in bench-results/. */
  profile?: boolean;
}

async function measureSize(
  browser: Browser,
  serverUrl: string,
  nodes: number,
  opts: BrowserBenchOptions,
): Promise<BrowserFigures> {
  const { center, json } = syntheticSubgraph(nodes);
  const payload = measurePayload(`browser payload ${nodes}`, json);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/api/nodes/*/neighborhood*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: json }),
  );
  await page.addInitScript({ content: probeScript(payload.nodes) });
  const profiler = opts.profile ? await startCpuProfile(page) : null;
  await page.goto(`${serverUrl}/?focus=${encodeURIComponent(center)}`);
  await page.waitForFunction(() => window.__bench?.firstFrame !== null, null, { timeout: 180_000, polling: 50 });
  // Layout: the worker runs, then the page says idle; position updates are its steps.
  await page.waitForFunction(
    () =>
      document.querySelector('.graph')?.getAttribute('data-layout') === 'idle' &&
      (window.__bench?.positionUpdates.length ?? 0) > 0,
    null,
    { timeout: 300_000, polling: 200 },
  );
  const profile = await profiler?.stop(`profile-${nodes}`);
  const probe = (await page.evaluate(() => window.__bench)) as PageProbe;
  const responseEnd = await page.evaluate(
    () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
        e.name.includes('/neighborhood'),
      )?.responseEnd ?? NaN,
  );
  const stats = await page.evaluate(
    () => (window.__explorer as { layoutStats?: () => unknown } | undefined)?.layoutStats?.() ?? null,
  );
  const updates = probe.positionUpdates;
  const layoutMs = updates.length > 1 ? updates[updates.length - 1]! - updates[0]! : 0;
  const layout = (stats as BrowserFigures['layout'] | null) ?? {
    mode: 'animated (FA2 worker supervisor)',
    iterations: updates.length,
    ms: layoutMs,
    iterationsPerSecond: layoutMs > 0 ? (updates.length - 1) / (layoutMs / 1000) : 0,
  };
  const hoverMs = await hoverLatency(page, center);
  const selectMs = hoverMs === null ? null : await selectLatency(page);
  mkdirSync(ARTIFACTS, { recursive: true });
  const screenshot = resolve(ARTIFACTS, `bench-${nodes}.png`);
  await page.screenshot({ path: screenshot });
  await context.close();
  return {
    nodes: payload.nodes,
    edges: payload.edges,
    payload,
    firstFrameMs: probe.firstFrame! - responseEnd,
    firstRenderMs: probe.firstRender! - responseEnd,
    layout,
    longestTaskMs: Math.max(0, ...probe.longTasks),
    hoverMs,
    selectMs,
    screenshot,
    ...(profile ? { profile } : {}),
  };
}

export async function browserBench(
  serverUrl: string,
  sizes: number[],
  log: (l: string) => void,
  opts: BrowserBenchOptions = {},
): Promise<BrowserFigures[]> {
  const browser = await launchChromium();
  const out: BrowserFigures[] = [];
  try {
    for (const n of sizes) {
      log(`browser: ${n.toLocaleString('en')} nodes…`);
      out.push(await measureSize(browser, serverUrl, n, opts));
    }
  } finally {
    await browser.close();
  }
  return out;
}
