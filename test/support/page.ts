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
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (isColour([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], hex, tolerance)) n++;
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

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** Where sigma draws a node: its centre on the page and on the graph's own canvas, and its radius, in CSS pixels. */
export async function nodeCircle(page: Page, key: string): Promise<{ onPage: Circle; onCanvas: Circle }> {
  const at = await page.evaluate((k) => {
    const { sigma } = window.__explorer!;
    const d = sigma.getNodeDisplayData(k);
    if (!d) return null;
    const p = sigma.framedGraphToViewport(d);
    const rect = sigma.getContainer().getBoundingClientRect();
    return { x: p.x, y: p.y, left: rect.left, top: rect.top, r: sigma.scaleSize(d.size) };
  }, key);
  if (!at) throw new Error(`node ${key} is not drawn`);
  return { onPage: { x: at.left + at.x, y: at.top + at.y, r: at.r }, onCanvas: { x: at.x, y: at.y, r: at.r } };
}

/** The pixels of a picture along eight rays out from a circle's centre (one per compass point), twenty steps each. */
export function raysIn(png: PNG, c: Circle): Rgb[][] {
  return Array.from({ length: 8 }, (_, ray) =>
    Array.from({ length: 20 }, (_, step): Rgb => {
      const a = (ray * Math.PI) / 4;
      const x = Math.round(c.x + Math.cos(a) * c.r * (step / 20));
      const y = Math.round(c.y + Math.sin(a) * c.r * (step / 20));
      const o = (y * png.width + x) * 4;
      return [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!];
    }),
  );
}

/**
 * What a person sees across a node, from its centre out to its rim: the screen along eight rays, read at steps of
 * sigma's own radius for it, so it holds at any zoom.
 */
export async function raysAcross(page: Page, key: string): Promise<Rgb[][]> {
  const { onPage: c } = await nodeCircle(page, key);
  const half = Math.ceil(c.r) + 2;
  const clip = { x: Math.round(c.x) - half, y: Math.round(c.y) - half, width: 2 * half, height: 2 * half };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  return raysIn(png, { x: c.x - clip.x, y: c.y - clip.y, r: c.r });
}

/** Whether a pixel is within `tolerance` (summed over the channels) of a colour written as #rrggbb. */
export function isColour([r, g, b]: Rgb, hex: string, tolerance = 40): boolean {
  const [R, G, B] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < tolerance;
}

/**
 * How many of a node's rays (raysIn, raysAcross) cross a ring with a white gap: the node's colour at the centre, then
 * white, then its colour again further out. Without `colour`, anything but white counts as the node's.
 */
export function raysRinged(rays: Rgb[][], colour?: string): number {
  const node = (c: Rgb) => (colour ? isColour(c, colour) : !isColour(c, '#ffffff'));
  return rays.filter((ray) => {
    const gap = ray.findIndex((c) => isColour(c, '#ffffff'));
    return gap > 0 && node(ray[0]!) && ray.slice(gap).some(node);
  }).length;
}
