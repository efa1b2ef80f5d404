// The map with no internet: places at their coordinates over the bundled outline, nothing requested off this machine,
// and the force layout back untouched when the reader returns to Explore.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { hiddenParts } from '../support/framing.ts';
import { nodeOnScreen, pageErrors, pixelsOfColour, screenshot, waitForLayout } from '../support/page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let browser: Browser;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // No network beyond this machine: anything else is refused and remembered.
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openMapOfHts(): Promise<void> {
  await page.goto(`${app.url}/?mode=map&focus=hts`);
  await page.locator('[data-map="ready"]').waitFor();
}

async function openAleppoFromSearch(): Promise<void> {
  await page.getByRole('combobox', { name: /search/i }).fill('Aleppo');
  await page
    .getByRole('option', { name: /^Aleppo\b/ })
    .first()
    .click();
  await expect.poll(() => page.url()).toContain('focus=aleppo');
}

const position = (key: string) => page.evaluate((k) => window.__explorer?.graph.getNodeAttributes(k), key);

describe('map mode', () => {
  it('places Aleppo north of Hama, Hama north of Damascus, over Syria’s outline, offline', async () => {
    await page.goto(`${app.url}/?focus=hts`);
    await page.getByText(/\d+ entities · \d+ relationships/).waitFor();
    await waitForLayout(page);
    const before = await position('aleppo');
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.locator('[data-map="ready"]').waitFor();
    const aleppo = await nodeOnScreen(page, 'aleppo');
    const hama = await nodeOnScreen(page, 'hama');
    const damascus = await nodeOnScreen(page, 'damascus');
    expect(aleppo.y).toBeLessThan(hama.y);
    expect(hama.y).toBeLessThan(damascus.y);
    expect(aleppo.x).toBeGreaterThan(damascus.x);
    // About 300 km between Aleppo and Damascus: a real distance on screen, not a pile.
    expect(Math.hypot(aleppo.x - damascus.x, aleppo.y - damascus.y)).toBeGreaterThan(40);
    // Syria's land colour fills a good part of the stage: the outline is drawn.
    expect(await pixelsOfColour(page, '.graph', '#fff3da', 6)).toBeGreaterThan(3000);
    const panel = page.getByRole('region', { name: 'Map' });
    expect(await panel.textContent()).toMatch(/\d+ places at their coordinates/);
    await screenshot(page, 'map-hts');
    expect(outside).toEqual([]);
    // The band of things without coordinates sits at the frame's right edge: its names show whole.
    const hidden = await hiddenParts(page);
    expect(hidden.namesCutAt).not.toContain('right');
    expect(hidden.nameInkUnderToolbar).toBe(0);
    // …without losing any of the region: the frame's corners are still on the canvas.
    const corners = await page.evaluate(() => {
      const s = window.__explorer!.sigma;
      const box = s.getCustomBBox()!;
      const { width, height } = s.getDimensions();
      return [s.graphToViewport({ x: box.x[0], y: box.y[0] }), s.graphToViewport({ x: box.x[1], y: box.y[1] })].map(
        (p) => p.x >= -0.5 && p.x <= width + 0.5 && p.y >= -0.5 && p.y <= height + 0.5,
      );
    });
    expect(corners).toEqual([true, true]);

    await page.getByRole('tab', { name: 'Explore' }).click();
    await expect.poll(() => page.locator('[data-map="ready"]').count()).toBe(0);
    expect(await position('aleppo')).toEqual(before);
    expect(await page.evaluate(() => window.__explorer?.sigma.getGraph() === window.__explorer?.graph)).toBe(true);
    expect(await pageErrors(page)).toEqual([]);
  });

  // A scene loaded while the map is open (a search, here) goes through the same bulk load as in Explore: the map must
  // still be what is drawn afterwards, not the force layout over the outline.
  it('keeps drawing the map when another entity is opened from search', async () => {
    await openMapOfHts();
    await openAleppoFromSearch();
    // sigma draws the mirror: the same entities, at their map positions rather than the force layout's.
    const drawn = () =>
      page.evaluate(() => {
        const ex = window.__explorer!;
        const shown = ex.sigma.getGraph();
        const x = (g: typeof shown) => (g.hasNode('aleppo') ? (g.getNodeAttribute('aleppo', 'x') as number) : null);
        return {
          mirror: shown !== ex.graph,
          sameOrder: shown.order === ex.graph.order,
          moved: x(shown) !== x(ex.graph),
        };
      });
    await expect.poll(drawn, { timeout: 15_000 }).toEqual({ mirror: true, sameOrder: true, moved: true });
    expect(await pixelsOfColour(page, '.graph', '#fff3da', 6)).toBeGreaterThan(3000);
    await screenshot(page, 'map-after-search');
    expect(await pageErrors(page)).toEqual([]);
  });

  it('leaves the force layout waiting while on the map, and runs it on return for what was opened there', async () => {
    await openMapOfHts();
    const runLayout = page.getByRole('button', { name: 'Run layout' });
    expect(await runLayout.isDisabled()).toBe(true);
    await openAleppoFromSearch();
    // In Explore, opening an entity runs the layout for at least 1.5 s; on the map it must not start at all.
    const states = await page.evaluate(async () => {
      const seen = new Set<string>();
      for (let t = 0; t < 2500; t += 50) {
        seen.add(document.querySelector('[data-layout]')?.getAttribute('data-layout') ?? 'none');
        await new Promise((r) => setTimeout(r, 50));
      }
      return [...seen];
    });
    expect(states).toEqual(['idle']);

    await page.getByRole('tab', { name: 'Explore' }).click();
    await page.locator('[data-layout="running"]').waitFor({ timeout: 5000 });
    await waitForLayout(page);
    expect(await runLayout.isDisabled()).toBe(false);
    expect(await pageErrors(page)).toEqual([]);
  });

  it('says which places have no known coordinates instead of guessing them', async () => {
    // Hama Governorate's villages (Maar Shuhur, Kafr'a, Maardis…) are too small to place with confidence.
    await page.goto(`${app.url}/?mode=map&focus=hama-governorate`);
    await page.locator('[data-map="ready"]').waitFor();
    const panel = page.getByRole('region', { name: 'Map' });
    await panel.getByText(/places? ha(s|ve) no known coordinates/).waitFor();
    await panel.getByText(/no known coordinates/).click();
    const unplaced = await panel.getByRole('list', { name: 'Places without coordinates' }).textContent();
    expect(unplaced).toContain('Maar Shuhur');
    expect(unplaced).not.toContain('Hama Governorate');
    await screenshot(page, 'map-hama-governorate');
    expect(outside).toEqual([]);
  });

  it('names a place beyond the frame (Moscow) and zooms out to include it, then back to Syria', async () => {
    await page.goto(`${app.url}/?mode=map&focus=bashar-al-assad`);
    await page.locator('[data-map="ready"]').waitFor();
    const panel = page.getByRole('region', { name: 'Map' });
    await panel.getByText(/Outside the frame: .*Moscow/).waitFor();
    const onCanvas = async () => {
      const p = await nodeOnScreen(page, 'moscow');
      const box = (await page.locator('.graph').boundingBox())!;
      return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
    };
    expect(await onCanvas()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Back to Syria' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Zoom out to include them' }).click();
    await expect.poll(onCanvas).toBe(true);
    // The panel says what the frame now holds, and offers only the way back.
    await panel.getByText(/Zoomed out to include: .*Moscow/).waitFor();
    expect(await panel.getByRole('button', { name: 'Zoom out to include them' }).count()).toBe(0);
    await screenshot(page, 'map-moscow');
    await panel.getByRole('button', { name: 'Back to Syria' }).click();
    await expect.poll(onCanvas).toBe(false);
    await panel.getByText(/Outside the frame: .*Moscow/).waitFor();
    expect(await pageErrors(page)).toEqual([]);
  });
});
