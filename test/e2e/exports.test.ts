// Exports in a real browser: each downloaded file parses in the tools it is for and holds exactly what is in view.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_COLORS } from '../../client/src/graph/style.ts';
import { FACT_COLUMNS } from '../../server/graph/facts-csv.ts';
import { launchChromium } from '../support/browser.ts';
import { parseCsv } from '../support/csv.ts';
import { downloadOf, waitForEntities } from '../support/explorer-page.ts';
import { pictureIfFailed } from '../support/explorer-page.ts';
import { ARTIFACTS, openPage, pageErrors, screenshot, waitForLayout } from '../support/page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let browser: Browser;
let page: Page;
/** What the page shows: al-Jolani's neighbourhood without its events. */
let shown: { nodes: string[]; edges: string[] };

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
  page = await openPage(browser, `${app.url}/?focus=al-jolani&hide=Event`);
  // A step that cannot happen fails with its own name instead of the whole test timing out.
  page.setDefaultTimeout(20_000);
  await waitForEntities(page, { above: 5 });
  await waitForLayout(page);
  shown = await page.evaluate(() => {
    const { graph, sigma } = window.__explorer!;
    return {
      nodes: graph.filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden).sort(),
      edges: graph
        .filterEdges(
          (e, _a, s, t) =>
            ![s, t, e].some((k) => (k === e ? sigma.getEdgeDisplayData(e) : sigma.getNodeDisplayData(k))?.hidden),
        )
        .sort(),
    };
  });
});
afterEach(({ task }) => pictureIfFailed(page, task));
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function exported(item: RegExp): Promise<{ name: string; text: string; bytes: Buffer }> {
  const dl = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('list', { name: 'Export formats' }).getByRole('button', { name: item }).click();
  });
  const bytes = readFileSync((await dl.path())!);
  return { name: dl.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

// Long journeys through the page on a shared two-core machine: a generous bound per test, each step waits for what it needs.
describe('exports of the view', { timeout: 90_000 }, () => {
  it('shows a view with something filtered out', () => {
    expect(shown.nodes.length).toBeGreaterThan(5);
    expect(shown.nodes).not.toContain('iraq-war');
  });

  it('GEXF for Gephi: the nodes and relationships in view, with their attributes and positions', async () => {
    const { name, text } = await exported(/GEXF/);
    expect(name).toMatch(/^syria-graph-al-jolani-\d{4}-\d{2}-\d{2}\.gexf$/);
    const g = parseGexf(Graph, text);
    expect(g.nodes().sort()).toEqual(shown.nodes);
    expect(g.edges().sort()).toEqual(shown.edges);
    expect(g.getNodeAttributes('al-jolani')).toMatchObject({ label: 'Abu Mohammad al-Jolani', entityType: 'Person' });
    expect(typeof g.getNodeAttribute('al-jolani', 'x')).toBe('number');
  });

  it('GraphML: the same subgraph, typed', async () => {
    const { name, text } = await exported(/GraphML/);
    expect(name).toMatch(/\.graphml$/);
    const g = parseGraphml(Graph, text);
    expect(g.nodes().sort()).toEqual(shown.nodes);
    expect(g.edges().sort()).toEqual(shown.edges);
    expect(g.getNodeAttribute('hts', 'founded')).toBe('2017');
  });

  it('JSON: graphology’s own format, domain attributes only', async () => {
    const { name, text } = await exported(/JSON/);
    expect(name).toMatch(/\.json$/);
    const g = Graph.from(JSON.parse(text), { multi: true });
    expect(g.nodes().sort()).toEqual(shown.nodes);
    expect(g.size).toBe(shown.edges.length);
    expect(g.getNodeAttributes('hts')).toMatchObject({ entityType: 'Faction', name: 'Hay’at Tahrir al-Sham' });
    expect(g.getNodeAttributes('hts')).not.toHaveProperty('color');
  });

  it('facts CSV: every fact in view with each of its sources', async () => {
    const { name, text } = await exported(/Facts CSV/);
    expect(name).toMatch(/-facts\.csv$/);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...FACT_COLUMNS]);
    const keys = new Set(rows.map((r) => r[1]));
    expect(keys).toEqual(new Set([...shown.nodes, ...shown.edges]));
    for (const r of rows) expect(r[FACT_COLUMNS.indexOf('source_file')]).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
  });

  it('PNG: the picture as drawn', async () => {
    const { name, bytes } = await exported(/PNG image/);
    expect(name).toMatch(/\.png$/);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBeGreaterThan(300);
    let person = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.abs(r - 0x2e) + Math.abs(g - 0x86) + Math.abs(b - 0xab) < 24) person++;
    }
    expect(person, `pixels of ${ENTITY_COLORS.Person}`).toBeGreaterThan(30);
    // The names, written in black at the end of the copy's labels pass (graph/node-labels.ts), are in it too.
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 90) ink++;
    expect(ink, 'pixels of names').toBeGreaterThan(300);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(resolve(ARTIFACTS, 'export-view.png'), bytes);
  });

  it('SVG: a vector copy with one disc per node drawn (the focus ringed), one path per relationship', async () => {
    // Zoomed out step by step, as a reader fitting more in, until names meet on every side and the page leaves some out.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const l = window.__explorer!.labels();
            if (l !== null && l.written.length < l.offered.length) return true;
            const camera = window.__explorer!.sigma.getCamera();
            camera.setState({ ...camera.getState(), ratio: camera.getState().ratio * 1.5 });
            return false;
          }),
        { timeout: 15_000, interval: 250 },
      )
      .toBe(true);
    const { name, text } = await exported(/SVG drawing/);
    expect(name).toMatch(/\.svg$/);
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, msg: unknown) => void errors.push(`${level}: ${String(msg)}`),
    }).parseFromString(text, 'image/svg+xml');
    expect(errors).toEqual([]);
    // One disc per node, and over al-Jolani's, the view's centre, its ring and white gap (graph/node-marks.ts).
    const circles = doc.getElementsByTagName('circle');
    const fills = new Map<string, string[]>();
    for (let i = 0; i < circles.length; i++) {
      const c = circles.item(i)!;
      const at = `${c.getAttribute('cx')},${c.getAttribute('cy')}`;
      fills.set(at, [...(fills.get(at) ?? []), c.getAttribute('fill')!]);
    }
    expect(circles.length).toBe(shown.nodes.length + 2);
    expect([...fills.values()].filter((f) => f.length > 1)).toEqual([
      [ENTITY_COLORS.Person, '#ffffff', ENTITY_COLORS.Person],
    ]);
    const edgeGroup = doc.getElementsByTagName('g')[0]!;
    expect(edgeGroup.getElementsByTagName('path')).toHaveLength(shown.edges.length);
    expect(text).toContain('>Abu Mohammad al-Jolani</text>');
    // The names written beside their nodes, as on the page: those left out there (no side was free) are left out here.
    const names = await page.evaluate(() => {
      const { sigma, labels } = window.__explorer!;
      const { offered, written } = labels()!;
      const label = (k: string) => sigma.getNodeDisplayData(k)!.label!;
      return {
        written: written.map((b) => label(b.key)),
        startsAt: written.map((b) => [label(b.key), b.x] as const),
        left: offered.filter((o) => !written.some((w) => w.key === o.key)).map((o) => label(o.key)),
      };
    });
    const found = doc.getElementsByTagName('text');
    const texts = Array.from({ length: found.length }, (_, i) => found.item(i)!.textContent);
    expect(names.written.length).toBeGreaterThan(3);
    expect(names.left.length).toBeGreaterThan(0);
    for (const n of names.written) expect(texts).toContain(n);
    for (const n of names.left) expect(texts).not.toContain(n);
    // Each where the page wrote it, on whichever side of its node that was.
    const xOf = new Map(Array.from({ length: found.length }, (_, i) => found.item(i)!).map((t) => [t.textContent, t]));
    for (const [n, x] of names.startsAt) expect(Number(xOf.get(n)!.getAttribute('x'))).toBeCloseTo(x, 0);
    // Drawn by the browser, to look at beside the page it copies.
    const viewer = await browser.newPage({ viewport: { width: 900, height: 800 } });
    await viewer.setContent(text);
    await screenshot(viewer, 'export-view-svg');
    await viewer.close();
    await screenshot(page, 'export-page');
    expect(await pageErrors(page)).toEqual([]);
  });
});
