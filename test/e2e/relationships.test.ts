// Relationships between groups in a real browser: the path finder in words, and the faction network with Louvain.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, FACTION_KIND_COLORS, RELATION_FAMILIES } from '../../client/src/graph/style.ts';
import { drawn, selectFromList, shownCounts, waitForEntities } from '../support/explorer-page.ts';
import { pageErrors, pixelsOfColour, screenshot, waitForLayout } from '../support/page.ts';
import { explorerSession } from '../support/explorer-session.ts';

const session = explorerSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const details = () => page.getByRole('complementary', { name: 'Details' });

async function chooseIn(field: string, typed: string, option: RegExp) {
  await page.getByRole('combobox', { name: field }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** After the search box's debounce and a local answer: long enough for a list that was going to open to be open. */
const SEARCH_SETTLED_MS = 800;

/** Reads the two path fields once their names have landed, and whether any suggestion list is open. */
async function pathFields(from: string, to: string) {
  const field = (name: string) => page.getByRole('combobox', { name });
  await expect.poll(() => field('Path from').inputValue()).toBe(from);
  await expect.poll(() => field('Path to').inputValue()).toBe(to);
  await page.waitForTimeout(SEARCH_SETTLED_MS);
  return { listsOpen: await page.getByRole('listbox').count() };
}

// Long journeys through the page on a shared two-core machine: a generous bound per test, each step waits for what it needs.
describe('path finder', { timeout: 90_000 }, () => {
  it('from the welcome card, finds the connection its link names, fields filled and no list left open', async () => {
    await page.getByRole('button', { name: 'how Hezbollah and HTS are connected' }).click();
    const found = page.getByRole('region', { name: 'Paths found' });
    await found.getByRole('listitem').first().waitFor();
    const sentences = await found
      .getByRole('listitem')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label')));
    expect(sentences).toContain('Hezbollah — backs — Assad government — opposed by — Hay’at Tahrir al-Sham');
    expect(await pathFields('Hezbollah', 'Hay’at Tahrir al-Sham')).toEqual({ listsOpen: 0 });
    expect(page.url()).toContain('mode=path&path=hezbollah,hts');
    await screenshot(page, 'path-from-welcome');
  });

  it('lists the shortest connection between Hezbollah and HTS in words, drawn beside it', async () => {
    await page.getByRole('tab', { name: 'Path finder' }).click();
    await chooseIn('Path from', 'hezbolah', /^Hezbollah/);
    await chooseIn('Path to', 'HTS', /Hay’at Tahrir al-Sham/);
    await page.getByRole('button', { name: 'Find paths' }).click();
    const found = page.getByRole('region', { name: 'Paths found' });
    await found.waitFor();
    const paths = found.getByRole('listitem');
    expect(await paths.count()).toBeGreaterThan(0);
    const sentences = await paths.evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label')));
    expect(sentences).toContain('Hezbollah — backs — Assad government — opposed by — Hay’at Tahrir al-Sham');
    expect(await found.getByRole('heading').textContent()).toMatch(/shortest paths?, 2 steps/);
    await waitForEntities(page, { above: 2 });
    expect(await shownCounts(page)).toEqual({ entities: 3, relationships: 2 });
    await waitForLayout(page);
    for (const key of ['hezbollah', 'assad-government', 'hts']) expect((await drawn(page, key))?.label).toBeTruthy();
    expect(page.url()).toContain('mode=path&path=hezbollah,hts');
    await screenshot(page, 'path-hezbollah-hts');
  });

  it('each verb opens the relationship with its sources', async () => {
    await page.getByRole('button', { name: 'opposed by' }).click();
    await details().getByText('Relationship · OPPOSES').waitFor();
    expect(await details().textContent()).toMatch(/Sources \(\d+\)/);
    expect(await details().getByRole('heading').first().textContent()).toMatch(
      /Hay’at Tahrir al-Sham\s*opposes\s*Assad government/,
    );
  });

  it('restricted to facts valid on a day before HTS existed, finds nothing and says what to try', async () => {
    await page.getByLabel('Only through facts valid on').fill('2015-06-01');
    await page.getByRole('button', { name: 'Find paths' }).click();
    const none = page.getByText(/No connection between Hezbollah and Hay’at Tahrir al-Sham within 6 steps/);
    await none.waitFor();
    expect(await none.textContent()).toContain('through facts valid on 2015-06-01');
    expect(await none.textContent()).toContain('Try without the date');
    expect(page.url()).toContain('path=hezbollah,hts,2015-06-01');
  });

  it('limited to one step, finds nothing and offers more steps', async () => {
    await page.getByLabel('Only through facts valid on').fill('');
    await page.getByLabel('At most').selectOption('1');
    await page.getByRole('button', { name: 'Find paths' }).click();
    const none = page.getByText(/No connection between Hezbollah and Hay’at Tahrir al-Sham within 1 step\./);
    await none.waitFor();
    expect(await none.textContent()).toContain('Try with more steps');
    expect(page.url()).toContain('path=hezbollah,hts&pathMax=1');
  });

  it('through lineage alone, traces HTS back to the Islamic State of Iraq and draws nothing else', async () => {
    await page.getByLabel('At most').selectOption('6');
    await chooseIn('Path from', 'HTS', /Hay’at Tahrir al-Sham/);
    await chooseIn('Path to', 'Islamic State of Iraq', /^Islamic State of Iraq(?! and)/);
    await page.getByText('Through any relationship').click();
    const through = page.getByRole('group', { name: 'Relationships a path may use' });
    for (const family of RELATION_FAMILIES.filter((f) => f.name !== 'Lineage'))
      await through.getByRole('checkbox', { name: family.name }).uncheck();
    expect(await page.getByText('Through 5 of 20 relationship types').count()).toBe(1);
    await page.getByRole('button', { name: 'Find paths' }).click();
    const found = page.getByRole('region', { name: 'Paths found' });
    await found
      .getByRole('heading', { name: /using only succeeded, split from, merged into, affiliated with or founded/ })
      .waitFor();
    const sentences = await found
      .getByRole('listitem')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label')));
    expect(sentences.some((s) => s?.includes('Jabhat al-Nusra'))).toBe(true);
    const lineage = RELATION_FAMILIES.find((f) => f.name === 'Lineage')!.types as string[];
    const drawnTypes = await page.evaluate(() => window.__explorer!.graph.mapEdges((_, a) => a.relType as string));
    expect(drawnTypes.length).toBeGreaterThan(1);
    expect(drawnTypes.filter((t) => !lineage.includes(t))).toEqual([]);
    expect(page.url()).toContain(`through=${lineage.join(',')}`);
    await screenshot(page, 'path-hts-isi-lineage');
  });

  it("a node's Path from here opens the finder with that node named, keeping the other end, no list open", async () => {
    await page.getByRole('tab', { name: 'Explore' }).click();
    await selectFromList(page, 'Jabhat al-Nusra');
    await details().getByRole('button', { name: 'Path from here' }).click();
    expect(await pathFields('Jabhat al-Nusra', 'Islamic State of Iraq')).toEqual({ listsOpen: 0 });
    await page.getByRole('button', { name: 'Find paths' }).click();
    // The earlier answer stays listed until this one lands: wait for a path that starts where this one must.
    const found = page.getByRole('region', { name: 'Paths found' });
    await found
      .getByRole('listitem', { name: /^Jabhat al-Nusra — .+ — Islamic State of Iraq$/ })
      .first()
      .waitFor();
    expect(page.url()).toContain('path=jabhat-al-nusra,islamic-state-of-iraq');
  });
});

describe('faction network', { timeout: 90_000 }, () => {
  it('shows every group and state tied by alliance, hostility, backing, membership or lineage, coloured by kind', async () => {
    await page.getByRole('tab', { name: 'Faction network' }).click();
    await waitForEntities(page, { above: 20 });
    await waitForLayout(page);
    const panel = page.getByRole('region', { name: 'Faction network' });
    expect(await panel.getByRole('list', { name: 'Kinds of faction' }).textContent()).toMatch(/state\s*\d+/);
    expect(await pixelsOfColour(page, '.graph', FACTION_KIND_COLORS.state!)).toBeGreaterThan(30);
    expect(await pixelsOfColour(page, '.graph', FACTION_KIND_COLORS['armed-group']!)).toBeGreaterThan(30);
    // Only factions: the legend counts no one else.
    const legend = await page.getByRole('region', { name: 'Legend' }).textContent();
    expect(legend).toMatch(/Person\s*0/);
    expect(legend).toMatch(/Event\s*0/);
    await screenshot(page, 'network');
  });

  it('finds Louvain communities on demand: a sponsor with its proxy, apart from their enemies', async () => {
    await page.getByRole('button', { name: 'Find communities (Louvain)' }).click();
    const list = page.getByRole('list', { name: 'Communities' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(1);
    const colour = async (k: string) => (await drawn(page, k))?.color;
    expect(await colour('iran')).toBe(await colour('hezbollah'));
    expect(await colour('hts')).not.toBe(await colour('iran'));
    expect(await pixelsOfColour(page, '.graph', COMMUNITY_COLORS[0]!)).toBeGreaterThan(30);
    expect(page.url()).toContain('communities=1');
    await screenshot(page, 'network-communities');
    expect(await pageErrors(page)).toEqual([]);
  });
});
