// Framing in a real browser: a view settles showing every node and name whole, clear of the toolbar; a camera the
// reader has moved stays theirs until they press Fit or open a fresh view.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectFromList, shownCounts, waitForEntities } from '../support/explorer-page.ts';
import { explorerSession } from '../support/explorer-session.ts';
import {
  boxOn,
  discOf,
  overlap,
  shownShare,
  SIDES,
  type Box,
  type LabelCandidate as Candidate,
} from '../../client/src/graph/label-placement.ts';
import { hiddenParts } from '../support/framing.ts';
import { nodeOnScreen, pageErrors, screenshot, waitForLayout } from '../support/page.ts';

const session = explorerSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const NOTHING_HIDDEN = { namesCutAt: [], nameInkUnderToolbar: 0, nodesHidden: [] };

const camera = () => page.evaluate(() => window.__explorer!.sigma.getCamera().getState());

/** sigma eases the camera after a wheel turn or a Fit: waits until it stands still. */
async function cameraAtRest(): Promise<void> {
  await page.waitForFunction(() => !window.__explorer!.sigma.getCamera().isAnimated(), null, { polling: 50 });
}

/** sigma takes new positions into its display data when it next draws: waits for two frames. */
const drawn = () =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Turns the mouse wheel over the middle of the drawing, as a reader zooming in does. */
async function zoomIn(): Promise<void> {
  const box = (await page.locator('.graph').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -240);
  await cameraAtRest();
}

describe('framing the view', { timeout: 90_000 }, () => {
  it('settles al-Jolani’s view with every node and name whole, clear of the toolbar', async () => {
    await page.goto(`${session.app.url}/?focus=al-jolani`);
    await waitForEntities(page, { above: 8 });
    await waitForLayout(page);
    expect(await hiddenParts(page)).toEqual(NOTHING_HIDDEN);
    await screenshot(page, 'framing-one-hop');
  });

  it('writes no name over another in the dense faction network: a bigger node’s name takes the place', async () => {
    await page.goto(`${session.app.url}/?network=1`);
    await waitForEntities(page, { above: 30 });
    await waitForLayout(page);
    // Zoomed out a little, as a reader taking in the whole network: however the layout settled, names now crowd.
    await page.evaluate(() => {
      const camera = window.__explorer!.sigma.getCamera();
      camera.setState({ ...camera.getState(), ratio: camera.getState().ratio * 1.5 });
    });
    await cameraAtRest();
    // sigma draws the new frame at the next animation frame: read the names after it.
    await drawn();
    const labels = await page.evaluate(() => window.__explorer!.labels());
    expect(labels).not.toBeNull();
    const { offered, written } = labels!;
    const pairs = (list: readonly Box[]) => list.flatMap((a, i) => list.slice(i + 1).filter((b) => overlap(a, b)));
    // sigma's label grid offered names that, where sigma writes them (to the node's right), run into each other…
    expect(pairs(offered.map((c) => boxOn(c, 'right'))).length).toBeGreaterThan(0);
    // …and those written do not, while most still are, some moved to another side of their node (the others, below,
    // had no side free).
    expect(pairs(written)).toEqual([]);
    expect(written.length).toBeGreaterThan(offered.length / 2);
    expect(written.some((w) => w.side !== 'right')).toBe(true);
    // A name covers another node, never a bigger one, only where every side clear of nodes was taken or cut by the
    // canvas's edge; one left out had every side taken by a name that went first or a bigger node, or cut.
    // Whole: inside the canvas less the toolbar, with the page's few pixels to spare.
    const room = labels!.room!;
    expect(room.y).toBeGreaterThan(20);
    const whole = (b: Box) => shownShare(b, room) === 1;
    const byName = (c: Candidate, b: Box) => written.some((w) => w.key !== c.key && overlap(w, b) && w.size >= c.size);
    const onNode = (c: Candidate, b: Box) => offered.some((o) => o.key !== c.key && overlap(discOf(o), b));
    const onBigger = (c: Candidate, b: Box) =>
      offered.some((o) => o.key !== c.key && o.size > c.size && overlap(discOf(o), b));
    for (const c of offered) {
      const w = written.find((x) => x.key === c.key);
      // No name over a bigger node.
      if (w && !w.always) expect(onBigger(c, w)).toBe(false);
      for (const side of SIDES) {
        const box = boxOn(c, side);
        if (!w) expect(byName(c, box) || !whole(box) || onBigger(c, box)).toBe(true);
        else if (onNode(c, w)) expect(byName(c, box) || !whole(box) || onNode(c, box)).toBe(true);
      }
    }
    // What is written is on the canvas: ink where the largest node's name is.
    const biggest = written.reduce((a, b) => (b.size > a.size ? b : a));
    const ink = await page.evaluate((b) => {
      const canvas = window.__explorer!.sigma.getCanvases().labels!;
      const scale = canvas.width / canvas.clientWidth;
      const data = canvas
        .getContext('2d')!
        .getImageData(b.x * scale, b.y * scale, Math.max(1, b.width * scale), b.height * scale).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    }, biggest);
    expect(ink).toBeGreaterThan(50);
    await screenshot(page, 'framing-network-names');
  });

  it('writes a hovered name whole, to the node’s left when it would run past the right edge', async () => {
    await page.goto(`${session.app.url}/?focus=al-jolani`);
    await waitForEntities(page, { above: 8 });
    await waitForLayout(page);
    // The layout's last positions reach sigma's display data at its next frame: panned by stale ones, the node drifted
    // from under the pointer once they came.
    await drawn();
    // The node with the longest name, panned (as a reader would) to 40 px from the canvas's right edge.
    const key = await page.evaluate(() => {
      const ex = window.__explorer!;
      const long = ex.graph
        .nodes()
        .sort((a, b) => ex.graph.getNodeAttribute(b, 'name').length - ex.graph.getNodeAttribute(a, 'name').length)[0]!;
      const s = ex.sigma;
      const p = s.framedGraphToViewport(s.getNodeDisplayData(long)!);
      const from = s.viewportToFramedGraph(p);
      const to = s.viewportToFramedGraph({ x: s.getDimensions().width - 40, y: p.y });
      const st = s.getCamera().getState();
      s.getCamera().setState({ ...st, x: st.x + from.x - to.x, y: st.y + from.y - to.y });
      return long;
    });
    expect(
      (await page.evaluate((k) => window.__explorer!.graph.getNodeAttribute(k, 'name'), key)).length,
    ).toBeGreaterThan(32);
    await page.waitForFunction(() => !window.__explorer!.sigma.getCamera().isAnimated());
    await drawn();
    const at = await nodeOnScreen(page, key);
    await page.mouse.move(at.x, at.y);
    // sigma draws the hovered name's box on a layer of its own, above the plain names: read the ink in the node's row.
    const ink = (layer: 'hovers' | 'labels', side: 'border' | 'left' | 'right') =>
      page.evaluate(
        ([k, name, where]) => {
          const s = window.__explorer!.sigma;
          const canvas = s.getCanvases()[name]!;
          const scale = canvas.width / s.getDimensions().width;
          const d = s.getNodeDisplayData(k)!;
          const p = s.framedGraphToViewport(d);
          const r = s.scaleSize(d.size);
          const y = Math.round((p.y - 6) * scale);
          const right = Math.round((p.x + r + 1) * scale);
          const [x0, w] =
            where === 'border'
              ? [canvas.width - 2, 2]
              : where === 'left'
                ? [0, Math.round((p.x - 20) * scale)]
                : [right, canvas.width - right];
          const data = canvas.getContext('2d')!.getImageData(x0, y, w, Math.round(12 * scale)).data;
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
          return n;
        },
        [key, layer, side] as const,
      );
    await expect.poll(() => ink('hovers', 'left'), { timeout: 5000 }).toBeGreaterThan(200);
    expect(await ink('hovers', 'border')).toBe(0);
    // …and not a second time, shortened and cut, on its right.
    expect(await ink('labels', 'right')).toBe(0);
    // The plain names keep clear of that box: it is the one obstacle, where the box is drawn (turned left).
    const { written, obstacles } = (await page.evaluate(() => window.__explorer!.labels()))!;
    const node = await page.evaluate((k) => {
      const s = window.__explorer!.sigma;
      return { ...s.framedGraphToViewport(s.getNodeDisplayData(k)!), r: s.scaleSize(s.getNodeDisplayData(k)!.size) };
    }, key);
    expect(obstacles).toHaveLength(1);
    expect(obstacles[0]!.x).toBeLessThan(node.x - 200);
    expect(obstacles[0]!.x + obstacles[0]!.width).toBeGreaterThan(node.x + node.r);
    for (const w of written) if (!w.always) expect(overlap(w, obstacles[0]!)).toBe(false);
    await screenshot(page, 'framing-hover-at-edge');
    await page.mouse.move(5, 5);
  });

  it('leaves a camera the reader zoomed where it is when an expansion settles, until Fit', async () => {
    await zoomIn();
    const zoomed = await camera();
    expect(zoomed.ratio).toBeLessThan(0.8);
    const before = (await shownCounts(page)).entities;
    await selectFromList(page, 'Iraq War');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('button', { name: 'Expand', exact: true })
      .click();
    await waitForEntities(page, { above: before });
    await waitForLayout(page);
    expect(await camera()).toEqual(zoomed);
    await page.getByRole('button', { name: 'Fit' }).click();
    await cameraAtRest();
    expect((await camera()).ratio).toBeGreaterThanOrEqual(1);
    expect((await hiddenParts(page)).nodesHidden).toEqual([]);
    expect((await hiddenParts(page)).nameInkUnderToolbar).toBe(0);
  });

  it('opens a fresh view framed, wherever the reader had moved the camera', async () => {
    await zoomIn();
    expect((await camera()).ratio).toBeLessThan(0.8);
    await page.getByRole('combobox', { name: /search/i }).fill('Fall of Damascus');
    await page
      .getByRole('option', { name: /^Fall of Damascus/ })
      .first()
      .click();
    await page.waitForURL(/focus=capture-of-damascus/);
    await waitForEntities(page, { below: 12 });
    await waitForLayout(page);
    expect((await camera()).ratio).toBeGreaterThanOrEqual(1);
    expect(await hiddenParts(page)).toEqual(NOTHING_HIDDEN);
    await screenshot(page, 'framing-fresh-view');
    expect(await pageErrors(page)).toEqual([]);
  });

  it('frames the view again when the canvas narrows (the legend unfolds), the camera not having been moved', async () => {
    // Framed for the wide canvas first, the legend folded while the view loads: al-Jolani's event names reach far right.
    await page.goto(`${session.app.url}/?focus=al-jolani`);
    const fold = page.getByRole('button', { name: 'Legend · filters' });
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await waitForEntities(page, { above: 8 });
    await waitForLayout(page);
    const wide = (await page.locator('.graph').boundingBox())!.width;
    await fold.click();
    await expect.poll(async () => (await page.locator('.graph').boundingBox())!.width).toBeLessThan(wide - 100);
    await expect.poll(() => hiddenParts(page)).toEqual(NOTHING_HIDDEN);
  });
  it('names a hovered hub’s relationships only where they meet no name, no other node and no other such name', async () => {
    await page.goto(`${session.app.url}/?network=1`);
    await waitForEntities(page, { above: 30 });
    await waitForLayout(page);
    // As framed: a dozen lines meet at the hub, and their names crowd round it. (Zoomed out further, as for the names
    // above, some layouts leave no name room at all.)
    await drawn();
    const hub = await nodeOnScreen(page, 'assad-government');
    await page.mouse.move(hub.x, hub.y);
    const edgeLabels = () => page.evaluate(() => window.__explorer!.edgeLabels());
    await expect.poll(async () => (await edgeLabels())?.offered.length ?? 0, { timeout: 5000 }).toBeGreaterThan(6);
    const { offered, written } = (await edgeLabels())!;
    const names = (await page.evaluate(() => window.__explorer!.labels()))!;
    const taken = [...names.written, ...names.obstacles];
    const meet = (a: readonly Box[], b: readonly Box[]) => a.some((x) => b.some((y) => overlap(x, y)));
    // Where sigma writes them, at the middle of each line, some run into each other or into a node's name…
    const crowded = offered.some(
      (e, i) => meet(e.boxes, taken) || offered.slice(i + 1).some((f) => meet(e.boxes, f.boxes)),
    );
    expect(crowded).toBe(true);
    // …those written do not, nor lie under a node other than their own two (sigma draws nodes over them).
    expect(written.length).toBeGreaterThan(0);
    const discs = await page.evaluate(() => {
      const s = window.__explorer!.sigma;
      return s
        .getGraph()
        .nodes()
        .map((key) => {
          const p = s.framedGraphToViewport(s.getNodeDisplayData(key)!);
          const r = s.scaleSize(s.getNodeDisplayData(key)!.size);
          return { key, x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
        });
    });
    for (const [i, e] of written.entries()) {
      expect(meet(e.boxes, taken)).toBe(false);
      for (const f of written.slice(i + 1)) expect(meet(e.boxes, f.boxes)).toBe(false);
      const ends = await page.evaluate((k) => window.__explorer!.graph.extremities(k), e.key);
      expect(
        meet(
          e.boxes,
          discs.filter((d) => !ends.includes(d.key)),
        ),
      ).toBe(false);
    }
    // What is written is on the canvas: ink inside each written name's boxes.
    const ink = (boxes: readonly Box[]) =>
      page.evaluate((list) => {
        const canvas = window.__explorer!.sigma.getCanvases().edgeLabels!;
        const scale = canvas.width / canvas.clientWidth;
        let n = 0;
        for (const b of list) {
          const w = Math.max(1, Math.round(b.width * scale));
          const h = Math.max(1, Math.round(b.height * scale));
          const data = canvas.getContext('2d')!.getImageData(b.x * scale, b.y * scale, w, h).data;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        }
        return n;
      }, boxes);
    for (const e of written) expect(await ink(e.boxes)).toBeGreaterThan(20);
    await screenshot(page, 'framing-hub-relationship-names');
    await page.mouse.move(5, 5);
  });
});
