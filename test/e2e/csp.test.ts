// In a real browser, under the server's real Content-Security-Policy: the page never trips it (search, expand, every
// mode), and hostile text coming back from the data or echoed from a search is shown as text, never run as HTML.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { pageErrors, screenshot, waitForLayout } from '../support/page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
    __xss?: number;
  }
}

let app: TestApp;
let browser: Browser;
let page: Page;
/** What Chromium itself reported about the policy on its console, besides the DOM events. */
const consoleReports: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleReports.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const violations = () => page.evaluate(() => window.__cspViolations ?? []);

const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>';

describe('Content-Security-Policy', () => {
  it('holds while a reader searches, expands and visits every mode', async () => {
    await page.goto(app.url);
    await page.getByRole('combobox', { name: /search/i }).fill('jolani');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByText(/\d+ entities · \d+ relationships/).waitFor();
    await waitForLayout(page);
    expect(await violations()).toEqual([]);
    for (const mode of ['network', 'path', 'timeline', 'map', 'console']) {
      await page.goto(`${app.url}/?mode=${mode}`);
      await page.waitForLoadState('networkidle');
      expect(await violations(), mode).toEqual([]);
    }
    await screenshot(page, 'csp-console-mode');
    expect(consoleReports).toEqual([]);
    expect(await pageErrors(page)).toEqual([]);
  });
});

describe('hostile text', () => {
  it('returned by a console query is shown as text in the table', async () => {
    await page.goto(`${app.url}/?mode=console`);
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(`RETURN '${HOSTILE}' AS html`);
    await page.getByRole('button', { name: 'Run query' }).click();
    const table = page.getByRole('table', { name: /rows returned/i });
    await table.waitFor();
    expect(await table.locator('tbody td').first().textContent()).toBe(HOSTILE);
    expect(await table.locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    await screenshot(page, 'csp-hostile-console');
    expect(await violations()).toEqual([]);
  });

  it('typed into search is echoed as text', async () => {
    await page.goto(app.url);
    await page.getByRole('combobox', { name: /search/i }).fill(HOSTILE);
    const message = page.getByText(/Nothing matches/);
    await message.waitFor();
    expect(await message.textContent()).toContain(HOSTILE);
    expect(await page.locator('img[src="x"], .search-results b').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    await screenshot(page, 'csp-hostile-search');
    expect(await violations()).toEqual([]);
  });
});
