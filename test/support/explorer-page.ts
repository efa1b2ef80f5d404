// Helpers for the explorer's own e2e tests: counts as the status line says them, what sigma draws, and downloads.
import type { Download, Page } from 'playwright-core';
import { ARTIFACTS } from './page.ts';

/** "4,000 entities · 80 relationships", read from the status line a person sees. */
export async function shownCounts(page: Page): Promise<{ entities: number; relationships: number }> {
  const text = (await page.locator('.status .counts').textContent()) ?? '';
  const m = /([\d,]+) entities · ([\d,]+) relationships/.exec(text);
  if (!m) throw new Error(`no counts in the status line: "${text}"`);
  return { entities: Number(m[1]!.replace(/,/g, '')), relationships: Number(m[2]!.replace(/,/g, '')) };
}

/** Waits until the status line's entity count is more than `above` (or, with `below`, less than it). */
export async function waitForEntities(
  page: Page,
  bound: { above?: number; below?: number; is?: number },
): Promise<number> {
  await page.waitForFunction(
    (b) => {
      const m = /([\d,]+) entities/.exec(document.querySelector('.status .counts')?.textContent ?? '');
      if (!m) return false;
      const n = Number(m[1]!.replace(/,/g, ''));
      return (
        (b.above === undefined || n > b.above) &&
        (b.below === undefined || n < b.below) &&
        (b.is === undefined || n === b.is)
      );
    },
    bound,
    { timeout: 30_000 },
  );
  return (await shownCounts(page)).entities;
}

/** What sigma was told to draw for a node (colour, hidden, type), from its own display data. */
export function drawn(page: Page, key: string) {
  return page.evaluate((k) => {
    const d = window.__explorer?.sigma.getNodeDisplayData(k) as
      { color: string; hidden?: boolean; type?: string; label?: string | null } | undefined;
    return d ? { color: d.color, hidden: Boolean(d.hidden), type: d.type ?? 'circle', label: d.label ?? null } : null;
  }, key);
}

/** The keys of the nodes in the page's graph. */
export function graphNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__explorer!.graph.nodes().sort());
}

/** Runs `act` and returns the file it made the browser download. */
export async function downloadOf(page: Page, act: () => Promise<void>): Promise<Download> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), act()]);
  return dl;
}

/** Selects a node the keyboard way: the "Nodes in view" list (unfolded if need be), Enter on its button. */
export async function selectFromList(page: Page, name: string): Promise<void> {
  const find = page.getByRole('searchbox', { name: 'Find a node in view' });
  if (!(await find.isVisible())) await page.getByText(/^Nodes in view/).click();
  await find.fill(name);
  await page.getByRole('list', { name: 'Nodes in view' }).getByRole('button', { name }).first().press('Enter');
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name }).waitFor();
}

/** For afterEach: a picture of the page when a test failed, to see what the reader would have seen. */
export async function pictureIfFailed(page: Page | undefined, task: { name: string; result?: { state?: string } }) {
  if (!page || task.result?.state !== 'fail') return;
  await page.screenshot({ path: `${ARTIFACTS}/failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png` });
}
