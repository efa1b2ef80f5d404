// Expanding by relationship type in a real browser: the details list each type in the database and in view, and
// bring in one type's neighbours alone; the filters, the status line, collapse and a shared link follow.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails, Subgraph } from '../../server/contract.ts';
import { humanize } from '../../client/src/graph/style.ts';
import { graphNodes, shownCounts, waitForEntities } from '../support/explorer-page.ts';
import { explorerSession } from '../support/explorer-session.ts';
import { openPage, pageErrors, screenshot, waitForLayout } from '../support/page.ts';

const session = explorerSession('/?focus=al-jolani&node=hts');
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const details = () => page.getByRole('complementary', { name: 'Details' });
const typeList = () => details().getByRole('list', { name: 'Relationships of Hay’at Tahrir al-Sham by type' });
const row = (type: string) =>
  typeList()
    .getByRole('listitem')
    .filter({ hasText: humanize(type) })
    .first();
const expandThrough = (type: string) =>
  typeList().getByRole('button', { name: `Expand Hay’at Tahrir al-Sham through “${humanize(type)}”` });
const api = async <T>(path: string) => (await fetch(`${session.app.url}${path}`)).json() as Promise<T>;

/** The view's relationships of each type that touch `key`, as the page's graph holds them. */
const inView = (p: Page, key: string) =>
  p.evaluate((k) => {
    const out: Record<string, number> = {};
    window.__explorer!.graph.forEachEdge(k, (_, a) => (out[a.relType] = (out[a.relType] ?? 0) + 1));
    return out;
  }, key);

describe('expanding by relationship type', { timeout: 90_000 }, () => {
  it("lists the entity's relationships by type: how many in the database, how many in view", async () => {
    await typeList().waitFor();
    await waitForLayout(page);
    const hts = await api<EntityDetails>('/api/nodes/hts');
    const here = await inView(page, 'hts');
    const types = Object.keys(hts.relationshipCounts);
    expect(types.length).toBeGreaterThan(5);
    expect(await typeList().getByRole('listitem').count()).toBe(types.length);
    for (const [type, total] of Object.entries(hts.relationshipCounts)) {
      const shown = here[type] ?? 0;
      const text = (await row(type).textContent())!;
      expect(text, type).toContain(shown === total ? `${total}` : `${shown} of ${total}`);
      // A type wholly in view offers nothing more to expand.
      expect(await expandThrough(type).count(), type).toBe(shown < total! ? 1 : 0);
    }
    expect(here.OPPOSES ?? 0).toBeLessThan(hts.relationshipCounts.OPPOSES!);
  });

  it('brings in the neighbours through that type alone, and the list says they are all in view', async () => {
    const before = await graphNodes(page);
    const truth = await api<Subgraph>('/api/nodes/hts/neighborhood?types=OPPOSES&limit=1000');
    const edgesBefore = await page.evaluate(() => window.__explorer!.graph.edges());
    const opposedInView = await page.evaluate(() => {
      const { graph } = window.__explorer!;
      return new Set(graph.filterEdges('hts', (_, a) => a.relType === 'OPPOSES').map((e) => graph.opposite('hts', e)))
        .size;
    });
    expect(opposedInView).toBeGreaterThan(0);
    await expandThrough('OPPOSES').click();
    await waitForEntities(page, { above: before.length });
    const after = await graphNodes(page);
    // Every node HTS opposes or is opposed by is in view; every node that came is one of them.
    for (const n of truth.nodes) expect(after).toContain(n.key);
    const added = after.filter((k) => !before.includes(k));
    expect(added.length).toBeGreaterThan(0);
    for (const k of added) expect(truth.nodes.map((n) => n.key)).toContain(k);
    // Every relationship that came is a hostility.
    const newTypes = await page.evaluate((old) => {
      const { graph } = window.__explorer!;
      return graph.filterEdges((e) => !old.includes(e)).map((e) => graph.getEdgeAttribute(e, 'relType'));
    }, edgesBefore);
    expect(newTypes.length).toBeGreaterThan(0);
    expect(new Set(newTypes)).toEqual(new Set(['OPPOSES']));
    // What a reader sees: the type's line reads all of them, with no Expand of its own, and a whole Expand is
    // still offered beside Collapse.
    const total = (await api<EntityDetails>('/api/nodes/hts')).relationshipCounts.OPPOSES!;
    await expect.poll(async () => (await row('OPPOSES').textContent())!.replace(/\D+/g, ' ').trim()).toBe(`${total}`);
    expect(await expandThrough('OPPOSES').count()).toBe(0);
    expect(await details().getByRole('button', { name: 'Expand', exact: true }).count()).toBe(1);
    expect(await details().getByRole('button', { name: 'Collapse' }).count()).toBe(1);
    // The step asks for those in view and as many again as the setting, so the link brings the same back.
    expect(page.url()).toMatch(new RegExp(`steps=hts~${opposedInView + 100}~OPPOSES(&|$)`));
    await waitForLayout(page);
    await screenshot(page, 'typed-expansion-opposes');
  });

  it('shows a type the filters hid when the reader expands through it by name', async () => {
    await page.getByRole('checkbox', { name: /Backing/ }).uncheck();
    expect(page.url()).toContain('BACKS');
    const before = (await shownCounts(page)).entities;
    await expandThrough('BACKS').click();
    await waitForEntities(page, { above: before });
    expect(await page.getByRole('checkbox', { name: /Backing/ }).isChecked()).toBe(true);
    expect(page.url()).not.toMatch(/hideRels=[^&]*BACKS/);
    expect(page.url()).toMatch(/steps=hts(~\d+)?~OPPOSES,hts(~\d+)?~BACKS(&|$)/);
  });

  it('asks for more of a type with each click, until all of it is in view', async () => {
    const truth = await api<Subgraph>('/api/nodes/hts/neighborhood?types=CAPTURED&limit=1000');
    const total = (await api<EntityDetails>('/api/nodes/hts')).relationshipCounts.CAPTURED!;
    expect(truth.attributes!.totalNodes).toBeGreaterThan(10);
    expect(truth.attributes!.totalNodes).toBeLessThanOrEqual(20);
    await page.getByRole('combobox', { name: 'Neighbours per expansion' }).selectOption('10');
    // Ten at a time: the line reads "10 of 15", and its Expand is still there for the rest.
    await expandThrough('CAPTURED').click();
    await expect.poll(async () => (await inView(page, 'hts')).CAPTURED).toBeGreaterThanOrEqual(10);
    const some = (await inView(page, 'hts')).CAPTURED!;
    expect(some).toBeLessThan(total);
    await expect.poll(async () => row('CAPTURED').textContent()).toContain(`${some} of ${total}`);
    await expandThrough('CAPTURED').click();
    await expect.poll(async () => (await inView(page, 'hts')).CAPTURED).toBe(total);
    expect(await expandThrough('CAPTURED').count()).toBe(0);
    const nodes = await graphNodes(page);
    for (const n of truth.nodes) expect(nodes).toContain(n.key);
    expect(page.url()).toMatch(/~BACKS,hts~10~CAPTURED,hts~20~CAPTURED(&|$)/);
  });

  it('reopens the same view from the link', async () => {
    const link = page.url();
    const nodes = await graphNodes(page);
    const other = await openPage(session.browser, link);
    try {
      await waitForEntities(other, { is: nodes.length });
      expect(await graphNodes(other)).toEqual(nodes);
      expect(await inView(other, 'hts')).toEqual(await inView(page, 'hts'));
    } finally {
      await other.close();
    }
  });

  it('collapses what the typed expansions brought', async () => {
    const jolanisOwn = await page.evaluate(() => window.__explorer!.graph.neighbors('al-jolani'));
    const before = (await shownCounts(page)).entities;
    await details().getByRole('button', { name: 'Collapse' }).click();
    await waitForEntities(page, { below: before });
    const left = await graphNodes(page);
    for (const n of jolanisOwn) expect(left).toContain(n);
    expect(await expandThrough('OPPOSES').count()).toBe(1);
    expect(await pageErrors(page)).toEqual([]);
  });
});
