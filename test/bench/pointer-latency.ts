// What a reader waits for after pointing at a node in the benchmark's page: the hover's highlight and a click's
// selection, each up to sigma's draw of the frame that shows it (the software GL's own work on that frame is left out,
// as it is the same for any change: it shows in the longest main-thread task).
import type { Page } from 'playwright-core';

/** Page-clock time from just before `act` to sigma's next render after it. */
async function untilNextRender(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => window.__bench!.renders.length);
  const t0 = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction((n) => window.__bench!.renders.length > n, before, { timeout: 30_000, polling: 10 });
  return (await page.evaluate((n) => window.__bench!.renders[n]!, before)) - t0;
}

/** From the pointer entering `key` to the frame that highlights its neighbours; leaves the pointer on it. */
export async function hoverLatency(page: Page, key: string): Promise<number | null> {
  const at = await page.evaluate((k) => window.__explorer?.nodeOnScreen(k) ?? null, key);
  if (!at) return null;
  await page.mouse.move(10, 10);
  return untilNextRender(page, () => page.mouse.move(at.x, at.y));
}

/** From a click where the pointer is to the first frame drawn with the node selected (raised above the hover). */
export async function selectLatency(page: Page): Promise<number> {
  // Let the hover's own repaint pass first.
  await page.waitForTimeout(500);
  // Text, not a function: the TypeScript runner would wrap a named handler in a helper the page does not have.
  const shown = page.evaluate<number>(`new Promise((done) => {
    const sigma = window.__explorer.sigma;
    const check = () => {
      // Whichever node sigma found under the pointer: the page names the selection in its address.
      const picked = new URL(location.href).searchParams.get('node');
      if (!picked || sigma.getNodeDisplayData(picked)?.zIndex !== 2) return;
      sigma.off('afterRender', check);
      done(performance.now());
    };
    sigma.on('afterRender', check);
    // The click selected nothing: no figure rather than a hung benchmark.
    setTimeout(() => done(NaN), 30000);
  })`);
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await page.mouse.up();
  return (await shown) - t0;
}
