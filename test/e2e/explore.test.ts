// Explore in a real browser: search with a typo, expand (capped, "n more"), collapse, hover, drag to pin, filters, keyboard.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIMMED, ENTITY_COLORS } from '../../client/src/graph/style.ts';
import { drawn, graphNodes, selectFromList, shownCounts, waitForEntities } from '../support/explorer-page.ts';
import {
  isColour,
  nodeOnScreen,
  pageErrors,
  pixelsOfColour,
  raysAcross,
  raysRinged,
  screenshot,
  waitForLayout,
} from '../support/page.ts';
import { explorerSession } from '../support/explorer-session.ts';

const session = explorerSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const details = () => page.getByRole('complementary', { name: 'Details' });
const status = () => page.getByRole('status').filter({ has: page.locator('.counts') });

// Long journeys through the page on a shared two-core machine: a generous bound per test, each step waits for what it needs.
describe('explore', { timeout: 90_000 }, () => {
  it('finds HTS under a misspelling and says which of its names matched', async () => {
    await page.getByRole('combobox', { name: /search/i }).fill('tahrir al-shem');
    const option = page.getByRole('option').first();
    await option.waitFor();
    expect(await option.textContent()).toContain('Hay’at Tahrir al-Sham');
    expect(await option.textContent()).toContain('also known as “Tahrir al-Sham”');
  });

  it('opens an entity with its neighbours, selected and drawn', async () => {
    await page.getByRole('combobox', { name: /search/i }).fill('Golani');
    await page.getByRole('option', { name: /Abu Mohammad al-Jolani/ }).click();
    await waitForEntities(page, { above: 8 });
    await waitForLayout(page);
    await details().getByRole('heading', { name: 'Abu Mohammad al-Jolani' }).waitFor();
    expect(await pixelsOfColour(page, '.graph', ENTITY_COLORS.Person)).toBeGreaterThan(50);
    expect(page.url()).toContain('focus=al-jolani');
  });

  it('rings the node the view was opened on, and the legend says which one it is', async () => {
    // Out from the centre: the node's colour, then a white gap, then its colour again at the rim (graph/node-marks.ts).
    const person = ENTITY_COLORS.Person;
    await expect.poll(async () => raysRinged(await raysAcross(page, 'al-jolani'), person)).toBeGreaterThan(5);
    // Any other node is one disc: its colour, and nothing white, until near its rim.
    const other = await page.evaluate(() => {
      const { graph, sigma } = window.__explorer!;
      const r = (k: string) => sigma.scaleSize(sigma.getNodeDisplayData(k)!.size);
      return graph.neighbors('al-jolani').sort((a, b) => r(b) - r(a))[0]!;
    });
    const plain = (await raysAcross(page, other)).filter(
      (ray) => !ray.slice(0, 14).some((c) => isColour(c, '#ffffff')),
    );
    expect(plain.length).toBeGreaterThan(5);
    const legend = page.getByRole('list', { name: 'Marked nodes' });
    expect(await legend.textContent()).toContain('Abu Mohammad al-Jolani: where this view was opened');
    await screenshot(page, 'explore-focus');
  });

  it('draws the legend’s swatch for the centre in the colour the centre is drawn in, communities included', async () => {
    const fills = () =>
      page
        .getByRole('list', { name: 'Marked nodes' })
        .locator('svg.mark-swatch')
        .first()
        .locator('circle')
        .evaluateAll((cs) => cs.map((c) => c.getAttribute('fill')));
    const drawnColour = async () => (await drawn(page, 'al-jolani'))!.color;
    expect((await fills())[0]).toBe(ENTITY_COLORS.Person);
    expect(await drawnColour()).toBe(ENTITY_COLORS.Person);
    const toggle = page.getByRole('button', { name: 'Communities' });
    await toggle.click();
    try {
      await expect.poll(drawnColour).not.toBe(ENTITY_COLORS.Person);
      const community = await drawnColour();
      // The outer band and the inner disc are the node's colour, the gap between them white (graph/node-marks.ts).
      await expect.poll(fills).toEqual([community, '#ffffff', community]);
    } finally {
      // The tests after this one read type colours.
      if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    }
    await expect.poll(fills).toEqual([ENTITY_COLORS.Person, '#ffffff', ENTITY_COLORS.Person]);
  });

  it('takes the reader to the view’s centre from the legend: left alone in sight, brought back when out of it', async () => {
    const camera = () => page.evaluate(() => window.__explorer!.sigma.getCamera().getState());
    const button = page.getByRole('list', { name: 'Marked nodes' }).getByRole('button', { name: /al-Jolani/ });
    // In sight: selected, and the small view stays as the reader left it.
    const before = await camera();
    await button.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('al-jolani');
    await page.waitForTimeout(500);
    expect(await camera()).toEqual(before);
    // Panned out of sight: brought back to the middle, at the reader's zoom.
    await page.evaluate(() => {
      const c = window.__explorer!.sigma.getCamera();
      c.setState({ ...c.getState(), x: c.getState().x + 2 });
    });
    const box = (await page.locator('.graph').boundingBox())!;
    const outside = await nodeOnScreen(page, 'al-jolani');
    expect(outside.x < box.x || outside.x > box.x + box.width).toBe(true);
    await button.click();
    await expect
      .poll(async () => {
        const at = await nodeOnScreen(page, 'al-jolani');
        return Math.hypot(at.x - (box.x + box.width / 2), at.y - (box.y + box.height / 2));
      })
      .toBeLessThan(3);
    expect((await camera()).ratio).toBeCloseTo(before.ratio, 9);
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(400);
  });

  it('expands a node up to the limit, says how many more there are, and shows them on request', async () => {
    await page.getByRole('combobox', { name: 'Neighbours per expansion' }).selectOption('25');
    const before = (await shownCounts(page)).entities;
    await selectFromList(page, 'Hay’at Tahrir al-Sham');
    await details().getByRole('button', { name: 'Expand', exact: true }).click();
    await page.getByText(/Hay’at Tahrir al-Sham: showing 25 of \d+ neighbours \(\d+ more\)/).waitFor();
    const capped = await waitForEntities(page, { above: before });
    const total = Number(/of (\d+) neighbours/.exec((await status().textContent())!)![1]);
    await waitForLayout(page);
    await screenshot(page, 'explore-capped');
    await status().getByRole('button', { name: 'Show more' }).click();
    await waitForEntities(page, { above: capped });
    await page.getByText(/showing 25 of/).waitFor({ state: 'detached' });
    // Every neighbour of HTS is now in view, each once.
    const nodes = await graphNodes(page);
    const neighbours = await page.evaluate(() => window.__explorer!.graph.neighbors('hts').length);
    expect(neighbours).toBe(total);
    expect(new Set(nodes).size).toBe(nodes.length);
    await waitForLayout(page);
    await screenshot(page, 'explore-expanded');
  });

  it('collapses the expansion again: what came only with it goes, the focus’s neighbours stay', async () => {
    const jolanisOwn = await page.evaluate(() => window.__explorer!.graph.neighbors('al-jolani'));
    const before = await graphNodes(page);
    await details().getByRole('button', { name: 'Collapse' }).click();
    const after = await waitForEntities(page, { below: before.length });
    const left = await graphNodes(page);
    expect(left.length).toBe(after);
    for (const n of jolanisOwn) expect(left).toContain(n);
    expect(left).toContain('hts');
    expect(page.url()).toMatch(/steps=hts~25,hts~50,!hts/);
  });

  it('hover lights up a node’s neighbours and dims the rest', async () => {
    await waitForLayout(page);
    const at = await nodeOnScreen(page, 'al-qaeda');
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('.graph') !== null);
    await expect.poll(async () => (await drawn(page, 'al-qaeda'))?.color).toBe(ENTITY_COLORS.Faction);
    const farAway = (await graphNodes(page)).find((n) => n.startsWith('capture-of'))!;
    await expect.poll(async () => (await drawn(page, farAway))?.color).toBe(DIMMED);
    // Its relationships are drawn thick and named; one that does not touch it is dimmed.
    const lines = await page.evaluate(() => {
      const { graph, sigma } = window.__explorer!;
      const look = (e: string) => sigma.getEdgeDisplayData(e) as { size: number; label: string | null; color: string };
      const other = graph.findEdge((_e, _a, s, t) => s !== 'al-qaeda' && t !== 'al-qaeda')!;
      return { own: graph.edges('al-qaeda').map(look), other: look(other) };
    });
    expect(lines.own.length).toBeGreaterThan(0);
    for (const l of lines.own) expect(l).toMatchObject({ size: 3, label: expect.stringMatching(/\w/) });
    expect(lines.other).toMatchObject({ color: DIMMED, label: '' });
    await screenshot(page, 'explore-hover');
    await page.mouse.move(5, 400);
    await expect.poll(async () => (await drawn(page, farAway))?.color).not.toBe(DIMMED);
  });

  it('a dragged node stays where it is dropped, even while the layout runs, until unpinned', async () => {
    const from = await nodeOnScreen(page, 'al-qaeda');
    const to = { x: from.x + 90, y: from.y - 60 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y - 20, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toContain('pins=al-qaeda~');
    expect((await drawn(page, 'al-qaeda'))?.type).toBe('pinned');
    const pinnedAt = await page.evaluate(() => window.__explorer!.graph.getNodeAttributes('al-qaeda'));
    await page.getByRole('button', { name: 'Run layout' }).click();
    await page.waitForSelector('[data-layout="running"]');
    await page.waitForTimeout(800);
    await page.getByRole('button', { name: 'Stop layout' }).click();
    await waitForLayout(page);
    const after = await page.evaluate(() => window.__explorer!.graph.getNodeAttributes('al-qaeda'));
    expect([after.x, after.y]).toEqual([pinnedAt.x, pinnedAt.y]);
    await screenshot(page, 'explore-pinned');
    await selectFromList(page, 'al-Qaeda');
    await details().getByRole('button', { name: 'Unpin' }).click();
    expect(page.url()).not.toContain('pins=');
    expect((await drawn(page, 'al-qaeda'))?.type).toBe('circle');
  });

  it('filters by entity type and by date, and says how much they hide', async () => {
    expect(await pixelsOfColour(page, '.graph', ENTITY_COLORS.Event)).toBeGreaterThan(20);
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('checkbox', { name: /^Event \d+$/ }).uncheck();
    await page.getByText(/\(\d+ hidden by the filters\)/).waitFor();
    expect(await pixelsOfColour(page, '.graph', ENTITY_COLORS.Event)).toBe(0);
    expect(page.url()).toContain('hide=Event');
    await legend.getByRole('checkbox', { name: /^Event \d+$/ }).check();

    // Up to 4 December: Hama (captured on the 5th) and everything after it disappear; Aleppo (29 Nov) stays.
    await legend.getByLabel('Show facts until').fill('2024-12-04');
    await expect.poll(async () => (await drawn(page, 'iraq-war'))?.hidden).toBe(false);
    const events = (await graphNodes(page)).filter((n) => n.startsWith('capture-of') || n.startsWith('fall-of'));
    const dates = await page.evaluate(
      (keys) => keys.map((k) => [k, window.__explorer!.graph.getNodeAttribute(k, 'date') as string] as const),
      events,
    );
    expect(dates.some(([, d]) => d > '2024-12-04')).toBe(true);
    for (const [k, d] of dates) expect((await drawn(page, k))?.hidden, `${k} on ${d}`).toBe(d > '2024-12-04');
    await screenshot(page, 'explore-filtered');
    await legend.getByRole('button', { name: 'Show everything' }).click();
    await page.getByText(/hidden by the filters/).waitFor({ state: 'detached' });
  });

  it('Shift+Enter in search adds an entity to the view instead of replacing it', async () => {
    const before = await graphNodes(page);
    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill('hezbolah');
    await page.getByRole('option', { name: /^Hezbollah militia/ }).waitFor();
    expect(await page.getByRole('listbox').textContent()).toContain('Shift+Enter adds it to the view');
    await search.press('Shift+Enter');
    await waitForEntities(page, { above: before.length });
    await details().getByRole('heading', { name: 'Hezbollah' }).waitFor();
    const after = await graphNodes(page);
    for (const n of before) expect(after).toContain(n);
    expect(after).toContain('hezbollah');
    expect(page.url()).toMatch(/steps=.*hezbollah/);
    expect(page.url()).toContain('focus=al-jolani');
  });

  it('Escape clears the selection; the keyboard reaches every node through the list', async () => {
    await selectFromList(page, 'Iraq War');
    // Focus is on the node's button in the list, as after choosing it with Enter.
    await page.keyboard.press('Escape');
    await details()
      .getByText(/Click a node or a relationship/)
      .waitFor();
    expect(page.url()).not.toContain('node=');
    expect(await pageErrors(page)).toEqual([]);
  });
});
