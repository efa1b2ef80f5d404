// Expand while the filters hide some relationship types, in a real browser: it goes through the shown types alone
// (no neighbours joined by lines the reader cannot see), says so, asks for nothing when every type is hidden, and is
// whole again once every type is shown.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subgraph } from '../../server/contract.ts';
import { RELATION_FAMILIES } from '../../client/src/graph/style.ts';
import { graphNodes, waitForEntities } from '../support/explorer-page.ts';
import { explorerSession } from '../support/explorer-session.ts';
import { screenshot, waitForLayout } from '../support/page.ts';

const session = explorerSession('/?focus=al-jolani&node=hts');
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const SHOWN = ['Hostility', 'Alliance'];
const details = () => page.getByRole('complementary', { name: 'Details' });
const expandButton = () => details().getByRole('button', { name: 'Expand', exact: true });
const family = (name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
const api = async <T>(path: string) => (await fetch(`${session.app.url}${path}`)).json() as Promise<T>;
const edgeKeys = () => page.evaluate(() => window.__explorer!.graph.edges());
const typesOf = (p: Page, keys: string[]) =>
  p.evaluate((ks) => ks.map((k) => window.__explorer!.graph.getEdgeAttribute(k, 'relType')), keys);
/** The neighbours of HTS in view through the given types. */
const neighboursThrough = (types: string[]) =>
  page.evaluate((ts) => {
    const { graph } = window.__explorer!;
    const through = graph.filterEdges('hts', (_, a) => ts.includes(a.relType));
    return new Set(through.map((e) => graph.opposite('hts', e))).size;
  }, types);

describe('Expand with some relationship types hidden', { timeout: 90_000 }, () => {
  it('goes only through the types the filters show, and says so', async () => {
    await expandButton().waitFor();
    await waitForLayout(page);
    for (const f of RELATION_FAMILIES) if (!SHOWN.includes(f.name)) await family(f.name).uncheck();
    expect(page.url()).toMatch(/hideRels=/);
    await expect
      .poll(() => details().textContent())
      .toContain('Expand goes only through the 2 relationship types the filters show.');
    const truth = await api<Subgraph>('/api/nodes/hts/neighborhood?types=OPPOSES,ALLIED_WITH&limit=1000');
    const everyType = await api<Subgraph>('/api/nodes/hts/neighborhood?limit=1000');
    // Without the narrowing, this Expand would bring neighbours joined to HTS by hidden lines.
    expect(everyType.nodes.length).toBeGreaterThan(truth.nodes.length);
    const before = await graphNodes(page);
    const edgesBefore = await edgeKeys();
    const inView = await neighboursThrough(['OPPOSES', 'ALLIED_WITH']);
    const asked = page.waitForRequest(/\/api\/nodes\/hts\/neighborhood/);
    await expandButton().click();
    const url = new URL((await asked).url());
    expect(url.searchParams.get('types')!.split(',').sort()).toEqual(['ALLIED_WITH', 'OPPOSES']);
    expect(url.searchParams.get('limit')).toBe(String(inView + 100));
    await waitForEntities(page, { above: before.length });
    // Every neighbour through those types is in view, and nothing else came.
    const after = await graphNodes(page);
    const wanted = truth.nodes.map((n) => n.key);
    for (const k of wanted) expect(after).toContain(k);
    for (const k of after.filter((k) => !before.includes(k))) expect(wanted).toContain(k);
    const added = (await edgeKeys()).filter((e) => !edgesBefore.includes(e));
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(await typesOf(page, added))).toEqual(new Set(['OPPOSES', 'ALLIED_WITH']));
    // All of those types are now in view: nothing more to expand through them; Collapse is offered.
    await expect.poll(() => expandButton().count()).toBe(0);
    expect(await details().getByRole('button', { name: 'Collapse' }).count()).toBe(1);
    // The link records the types (in the closed list's order), so it replays the same whatever the filters are.
    expect(page.url()).toMatch(new RegExp(`steps=hts~${inView + 100}~ALLIED_WITH\\.OPPOSES(&|$)`));
    await waitForLayout(page);
    await screenshot(page, 'filtered-expansion');
  });

  it('offers nothing to expand through when the filters hide every type', async () => {
    for (const name of SHOWN) await family(name).uncheck();
    await expect
      .poll(() => details().textContent())
      .toContain('The filters hide every relationship type: there is nothing to expand through.');
    expect(await expandButton().count()).toBe(0);
    // A double-click on HTS asks for nothing, and the status line says why.
    const nodesBefore = await graphNodes(page);
    const at = await page.evaluate(() => window.__explorer!.nodeOnScreen('hts'));
    expect(at).not.toBeNull();
    await page.mouse.dblclick(at!.x, at!.y);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The filters hide every relationship type, so there is nothing to expand through');
    expect(await graphNodes(page)).toEqual(nodesBefore);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  });

  it('is whole again once every type is shown, bringing the other types', async () => {
    for (const f of RELATION_FAMILIES) await family(f.name).check();
    expect(page.url()).not.toMatch(/hideRels=/);
    expect(await details().textContent()).not.toContain('the filters show');
    const edgesBefore = await edgeKeys();
    const asked = page.waitForRequest(/\/api\/nodes\/hts\/neighborhood/);
    await expandButton().click();
    expect(new URL((await asked).url()).searchParams.has('types')).toBe(false);
    await expect.poll(async () => (await edgeKeys()).length).toBeGreaterThan(edgesBefore.length);
    const added = (await edgeKeys()).filter((e) => !edgesBefore.includes(e));
    const types = new Set(await typesOf(page, added));
    expect([...types].some((t) => t !== 'OPPOSES' && t !== 'ALLIED_WITH')).toBe(true);
    expect(page.url()).toMatch(/steps=hts~\d+~[A-Z_.]+,hts(&|$)/);
  });
});
