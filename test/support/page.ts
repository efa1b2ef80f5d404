// Helpers for end-to-end tests: a page on the test app, screenshots kept for people to look at, and canvas colour checks.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';

export const ARTIFACTS = resolve(import.meta.dirname, '..', 'artifacts');

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  return page;
}

/** Uncaught errors the page has thrown, as messages (empty is what we want). */
export async function pageErrors(page: Page): Promise<string[]> {
  return (await page.pageErrors()).map((e) => e.message);
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}

/** How many pixels of the element are close to a colour: proof that sigma painted nodes of that type. */
export async function pixelsOfColour(page: Page, selector: string, hex: string, tolerance = 24): Promise<number> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) < tolerance) n++;
  }
  return n;
}

/** Where a node is drawn on screen, from sigma itself. */
export async function nodeOnScreen(page: Page, key: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((k) => window.__explorer?.nodeOnScreen(k) ?? null, key);
  if (!p) throw new Error(`node ${key} is not drawn`);
  return p;
}

/** Waits until ForceAtlas2 has stopped moving things, so clicks land where nodes are. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-layout="running"]') === null, null, {
    timeout: 15_000,
  });
}

export type Rgb = [number, number, number];

/**
 * What a person sees across a node, from its centre out to its rim: the pixels along eight rays (one per compass point),
 * each read at twenty even steps of sigma's own radius for it, so it holds at any zoom.
 */
export async function raysAcross(page: Page, key: string): Promise<Rgb[][]> {
  const at = await page.evaluate((k) => {
    const { sigma } = window.__explorer!;
    const p = window.__explorer!.nodeOnScreen(k);
    const d = sigma.getNodeDisplayData(k);
    return p && d ? { ...p, r: sigma.scaleSize(d.size) } : null;
  }, key);
  if (!at) throw new Error(`node ${key} is not drawn`);
  const half = Math.ceil(at.r) + 2;
  const clip = { x: Math.round(at.x) - half, y: Math.round(at.y) - half, width: 2 * half, height: 2 * half };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  return Array.from({ length: 8 }, (_, ray) =>
    Array.from({ length: 20 }, (_, step): Rgb => {
      const a = (ray * Math.PI) / 4;
      const x = Math.round(at.x + Math.cos(a) * at.r * (step / 20)) - clip.x;
      const y = Math.round(at.y + Math.sin(a) * at.r * (step / 20)) - clip.y;
      const o = (y * png.width + x) * 4;
      return [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!];
    }),
  );
}

/** Whether a pixel is within `tolerance` (summed over the channels) of a colour written as #rrggbb. */
export function isColour([r, g, b]: Rgb, hex: string, tolerance = 40): boolean {
  const [R, G, B] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < tolerance;
}
