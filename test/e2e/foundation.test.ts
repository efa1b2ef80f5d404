// The foundation's promise in a real browser: search al-Jolani under a document's spelling, choose him, see his graph.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_COLORS } from '../../client/src/graph/style.ts';
import { nodeOnScreen, pageErrors, pixelsOfColour, screenshot, waitForLayout } from '../support/page.ts';
import { explorerSession } from '../support/explorer-session.ts';
import { hiddenParts } from '../support/framing.ts';

const session = explorerSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

describe('search → choose → graph drawn', () => {
  it('greets a newcomer with what this is and where to start', async () => {
    await expect(page.getByRole('heading', { name: /who fought whom/i }).isVisible()).resolves.toBe(true);
    expect(await pixelsOfColour(page, '.graph', ENTITY_COLORS.Person)).toBe(0);
  });

  it('finds al-Jolani under the spelling of the analysis article and says which alias matched', async () => {
    await page.getByRole('combobox', { name: /search/i }).fill('Abu Mohammed al-Jolani');
    const option = page.getByRole('option').first();
    await option.waitFor();
    expect(await option.textContent()).toContain('Abu Mohammad al-Jolani');
    expect(await option.textContent()).toContain('also known as “Abu Mohammed al-Jolani”');
  });

  it('draws his neighbourhood, coloured by type with a legend', async () => {
    const area = () => page.locator('.graph').boundingBox();
    const before = await area();
    await page.keyboard.press('Enter');
    await page.getByText(/\d+ entities · \d+ relationships/).waitFor();
    await waitForLayout(page);
    const counts = await page.getByText(/\d+ entities · \d+ relationships/).textContent();
    expect(Number(/(\d+) entities/.exec(counts!)![1])).toBeGreaterThan(8);
    await screenshot(page, 'foundation-neighbourhood');
    // sigma painted people and factions in their legend colours.
    expect(await pixelsOfColour(page, '.graph', ENTITY_COLORS.Person)).toBeGreaterThan(50);
    expect(await pixelsOfColour(page, '.graph', ENTITY_COLORS.Faction)).toBeGreaterThan(50);
    const legend = page.getByRole('region', { name: 'Legend' });
    expect(await legend.textContent()).toMatch(/Person\s*1/);
    expect(await legend.textContent()).toMatch(/Faction\s*[1-9]/);
    // The legend has its place before the first scene lands: the drawing neither jumps sideways nor is drawn twice
    // (once at the old size, then again, whole, at the new one), and the legend covers none of it.
    const after = (await area())!;
    expect(after).toEqual(before);
    const key = (await legend.boundingBox())!;
    expect(key.x + key.width).toBeLessThanOrEqual(after.x);
    // Every name shows whole (none runs off the canvas) and nothing lies under the toolbar.
    expect(await hiddenParts(page)).toEqual({ namesCutAt: [], nameInkUnderToolbar: 0, nodesHidden: [] });
    expect(await pageErrors(page)).toEqual([]);
  });

  it('is served as a production build, whoever built it (here, the test run)', async () => {
    const html = await (await fetch(`${session.app.url}/`)).text();
    const entry = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1]!;
    const script = await (await fetch(new URL(entry, session.app.url))).text();
    expect(script.length).toBeGreaterThan(10_000);
    // A development build's JSX names each element's source file, as a path on the machine that built it.
    expect(script).not.toContain(resolve(import.meta.dirname, '..', '..'));
    expect(script).not.toMatch(/lineNumber:\d+/);
  });

  it('clicking a node shows its properties and sources', async () => {
    const hts = await nodeOnScreen(page, 'hts');
    await page.mouse.click(hts.x, hts.y);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'Hay’at Tahrir al-Sham' }).waitFor();
    expect(await details.textContent()).toMatch(/Sources \(\d+\)/);
    expect(await details.textContent()).toContain('¶');
    await screenshot(page, 'foundation-details');
  });

  it('double-clicking a node expands it', async () => {
    const before = Number(/(\d+) entities/.exec((await page.getByText(/\d+ entities ·/).textContent())!)![1]);
    const hts = await nodeOnScreen(page, 'hts');
    await page.mouse.dblclick(hts.x, hts.y);
    await page.waitForFunction(
      (n) => Number(/(\d+) entities/.exec(document.querySelector('.counts')?.textContent ?? '')?.[1]) > n,
      before,
    );
    await waitForLayout(page);
    await screenshot(page, 'foundation-expanded');
    // The reader has not moved the camera, so the grown view is framed again, names included.
    expect(await hiddenParts(page)).toEqual({ namesCutAt: [], nameInkUnderToolbar: 0, nodesHidden: [] });
    expect(await pageErrors(page)).toEqual([]);
  });
});
