// A shared link reopens the same view in a fresh browser: nodes, selection, filters, pins, sizing, communities, mode.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { graphNodes, selectFromList, shownCounts, waitForEntities } from '../support/explorer-page.ts';
import { nodeOnScreen, pageErrors, screenshot, waitForLayout } from '../support/page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Each reader in a context of their own: nothing shared but the link. */
async function reader(url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(ctx);
  const page = await ctx.newPage();
  // A step that cannot happen fails with its own name instead of the whole test timing out.
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await app?.close();
});

const details = (p: Page) => p.getByRole('complementary', { name: 'Details' });

// Long journeys through the page on a shared two-core machine: a generous bound per test, each step waits for what it needs.
describe('a shared link', { timeout: 90_000 }, () => {
  let first: Page;
  let link: string;
  let nodes: string[];

  it('is what the address bar holds after a reader builds a view', async () => {
    first = await reader(app.url);
    await first.getByRole('combobox', { name: /search/i }).fill('al-Sharaa');
    await first.getByRole('option', { name: /Abu Mohammad al-Jolani/ }).click();
    await waitForEntities(first, { above: 8 });
    await first.getByRole('combobox', { name: 'Neighbours per expansion' }).selectOption('25');
    await selectFromList(first, 'Hay’at Tahrir al-Sham');
    await details(first).getByRole('button', { name: 'Expand', exact: true }).click();
    await first.getByText(/showing 25 of/).waitFor();
    await waitForLayout(first);
    // Pin one node by dragging it, then look at it through filters, PageRank and communities.
    const from = await nodeOnScreen(first, 'al-qaeda');
    await first.mouse.move(from.x, from.y);
    await first.mouse.down();
    await first.mouse.move(from.x - 40, from.y + 50, { steps: 8 });
    await first.mouse.up();
    const legend = first.getByRole('region', { name: 'Legend' });
    await legend.getByRole('checkbox', { name: /^Place \d+$/ }).uncheck();
    await legend.getByLabel('Show facts until').fill('2024-12-08');
    await first.getByRole('combobox', { name: 'Size nodes by' }).selectOption('pagerank');
    await first.getByRole('button', { name: 'Communities' }).click();
    await selectFromList(first, 'Hay’at Tahrir al-Sham');
    await waitForLayout(first);
    link = first.url();
    nodes = await graphNodes(first);
    expect(link).toMatch(/focus=al-jolani/);
    for (const part of [
      'steps=hts~25',
      'node=hts',
      'hide=Place',
      'dateTo=2024-12-08',
      'size=pagerank',
      'communities=1',
      'per=25',
      'pins=al-qaeda~',
    ])
      expect(link).toContain(part);
    await screenshot(first, 'shared-url-original');
  });

  it('reopens the same nodes, selection, filters, pins and settings for someone else', async () => {
    const second = await reader(link);
    await waitForEntities(second, { is: nodes.length });
    await details(second).getByRole('heading', { name: 'Hay’at Tahrir al-Sham' }).waitFor();
    expect(await graphNodes(second)).toEqual(nodes);
    expect(await shownCounts(second)).toEqual(await shownCounts(first));
    const legend = second.getByRole('region', { name: 'Legend' });
    expect(await legend.getByRole('checkbox', { name: /^Place \d+$/ }).isChecked()).toBe(false);
    expect(await legend.getByLabel('Show facts until').inputValue()).toBe('2024-12-08');
    expect(await second.getByRole('combobox', { name: 'Size nodes by' }).inputValue()).toBe('pagerank');
    expect(await second.getByRole('combobox', { name: 'Neighbours per expansion' }).inputValue()).toBe('25');
    expect(await second.getByRole('button', { name: 'Communities' }).getAttribute('aria-pressed')).toBe('true');
    await second.getByText(/Hay’at Tahrir al-Sham: showing 25 of \d+ neighbours/).waitFor();
    const pinned = (p: Page) => p.evaluate(() => window.__explorer!.graph.getNodeAttributes('al-qaeda'));
    const [a, b] = [await pinned(first), await pinned(second)];
    expect([b.x, b.y, b.fixed]).toEqual([a.x, a.y, true]);
    await waitForLayout(second);
    // The link it writes back is the one it was opened with.
    expect(second.url()).toBe(link);
    await screenshot(second, 'shared-url-reopened');
    expect(await pageErrors(second)).toEqual([]);
  });

  it('reopens a mode with its scene: the path finder with its question and answer', async () => {
    const page = await reader(`${app.url}/?mode=path&path=hezbollah,hts`);
    await page.getByRole('region', { name: 'Paths found' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Path finder' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Path from' }).inputValue()).toBe('Hezbollah');
    expect(await page.getByRole('combobox', { name: 'Path to' }).inputValue()).toBe('Hay’at Tahrir al-Sham');
  });

  it('reopens a path search with its limits: its steps, and the relationship types it may use', async () => {
    const page = await reader(
      `${app.url}/?mode=path&path=hts,islamic-state-of-iraq&pathMax=3&through=SUCCEEDED,SPLIT_FROM`,
    );
    const found = page.getByRole('region', { name: 'Paths found' });
    await found.getByRole('heading', { name: /3 steps, using only succeeded or split from/ }).waitFor();
    expect(await page.getByLabel('At most').inputValue()).toBe('3');
    await page.getByText('Through 2 of 20 relationship types').click();
    // Part of the lineage family is allowed: its box is neither ticked nor empty; the others are empty.
    const through = page.getByRole('group', { name: 'Relationships a path may use' });
    const lineage = through.getByRole('checkbox', { name: 'Lineage' });
    expect(await lineage.evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    expect(await through.getByRole('checkbox', { name: 'Backing' }).isChecked()).toBe(false);
    const drawnTypes = await page.evaluate(() => window.__explorer!.graph.mapEdges((_, a) => a.relType as string));
    expect(new Set(drawnTypes)).toEqual(new Set(['SUCCEEDED', 'SPLIT_FROM']));
    expect(page.url()).toContain('pathMax=3&through=SUCCEEDED,SPLIT_FROM');
  });

  it('naming something that is not in the data says so, and opens what it can', async () => {
    const page = await reader(`${app.url}/?focus=al-jolani&steps=no-such-group,hts`);
    await page.getByRole('alert').getByText('No entity has the key "no-such-group".').waitFor();
    await waitForEntities(page, { above: 20 });
    expect(await graphNodes(page)).toContain('hurras-al-din');
  });
});
