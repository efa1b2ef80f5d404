// A leader's history and time in the browser: al-Jolani's timeline in order, Assad's ending in Moscow, HTS's lineage,
// the date slider hiding what had not happened yet, and playback stepping through the offensive's captures.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageErrors, screenshot, waitForLayout } from '../support/page.ts';
import type { TestApp } from '../support/test-app.ts';
import { explorerSession } from '../support/explorer-session.ts';

const session = explorerSession('/?mode=timeline&timeline=al-jolani');
let app: TestApp;
let page: Page;
beforeAll(() => {
  ({ app, page } = session);
});

const rows = (name: RegExp) => page.getByRole('list', { name }).locator('.tl-item');
const firstIndex = (texts: string[], needle: string) => texts.findIndex((t) => t.includes(needle));
const hidden = (key: string) =>
  page.evaluate((k) => {
    const e = window.__explorer;
    if (!e?.graph.hasNode(k)) return 'not in the graph';
    return e.sigma.getNodeDisplayData(k)?.hidden ?? 'not drawn';
  }, key);

describe('a leader’s history', () => {
  it('tells al-Jolani’s story in order: ISI, al-Nusra, JFS, HTS, then the offensive to Damascus', async () => {
    const list = rows(/History of Abu Mohammad al-Jolani/);
    await list.first().waitFor();
    const texts = await list.allTextContents();
    const order = ['Islamic State of Iraq', 'Jabhat al-Nusra', 'Jabhat Fatah al-Sham', 'Hay’at Tahrir al-Sham'].map(
      (n) => firstIndex(texts, n),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const jfs = texts[order[2]!]!;
    expect(jfs).toContain('2016 – 2017');
    expect(jfs).toContain('as leader');
    // Undated in the sources: placed by lineage and saying so, with no date of ours.
    expect(texts[order[0]!]).toMatch(/undated.*placed before Jabhat al-Nusra/s);
    const offensive = firstIndex(texts, 'Operation Deterrence of Aggression');
    expect(offensive).toBeGreaterThan(order[3]!);
    expect(texts.at(-1)).toContain('Damascus');
    // A shared link to a timeline alone offers to draw the person beside it.
    await page.getByRole('button', { name: 'Show Abu Mohammad al-Jolani on the graph' }).click();
    await page.getByText(/\d+ entities · \d+ relationships/).waitFor();
    expect(await page.locator('.trail').textContent()).toMatch(
      /Aleppo → Hama → Homs → Damascus.*Last recorded: Damascus/s,
    );
    await waitForLayout(page);
    await screenshot(page, 'timeline-al-jolani');
  }, 60_000);

  it('selects the fact a row rests on and shows its sources', async () => {
    await rows(/History of Abu Mohammad al-Jolani/)
      .filter({ hasText: 'Jabhat Fatah al-Sham' })
      .getByRole('button')
      .first()
      .click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() => details.textContent(), { timeout: 15_000 })
      .toMatch(/leads[\s\S]*Jabhat Fatah al-Sham[\s\S]*¶35/i);
    await screenshot(page, 'timeline-row-sources');
  });

  it('ends Bashar al-Assad’s story in Moscow', async () => {
    await page.getByRole('combobox', { name: /whose history/i }).fill('Bashar al-Assad');
    await page
      .getByRole('option', { name: /Bashar al-Assad/ })
      .first()
      .click();
    const list = rows(/History of Bashar al-Assad/);
    await list.first().waitFor();
    const texts = await list.allTextContents();
    expect(texts.findLast((t) => /Fled to/.test(t))).toContain('Moscow');
    expect(await page.locator('.trail').textContent()).toMatch(/Last recorded: Moscow \(8 Dec 2024, disputed\)/);
    await screenshot(page, 'timeline-assad');
  });

  it('lists HTS’s lineage oldest first', async () => {
    await page.getByRole('combobox', { name: /whose history/i }).fill('HTS');
    await page
      .getByRole('option', { name: /Hay’at Tahrir al-Sham/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Lineage' }).click();
    const list = page.getByRole('list', { name: /Lineage of Hay’at Tahrir al-Sham/ });
    await list.waitFor();
    const groups = await list.locator(':scope > li > .lineage-group').allTextContents();
    const order = [
      'Islamic State of Iraq',
      'Jabhat al-Nusra',
      'Jabhat Fatah al-Sham',
      'Hay’at Tahrir al-Sham',
      'Hurras al-Din',
    ];
    const at = order.map((n) => groups.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(await list.textContent()).toContain('Hay’at Tahrir al-Sham succeeded Jabhat Fatah al-Sham');
    await screenshot(page, 'lineage-hts');
  });
});

describe('time', () => {
  it('the date slider hides what had not happened by the chosen day', async () => {
    await page.goto(`${app.url}/?mode=timeline&focus=al-jolani&timeline=al-jolani`);
    await page.getByText(/\d+ entities · \d+ relationships/).waitFor();
    await waitForLayout(page);
    expect(await hidden('capture-of-aleppo')).toBe(false);
    const slider = page.getByRole('slider', { name: /show what had happened by/i });
    // Keyboard: End goes to the last stop (8 Dec), then back day by day to 28 November.
    await slider.focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.time-value').textContent()).toBe('28 Nov 2024');
    await expect.poll(() => hidden('capture-of-aleppo')).toBe(true);
    expect(await hidden('jolani-cnn-interview')).toBe(true);
    expect(await hidden('jabhat-al-nusra')).toBe(false);
    expect(await hidden('deterrence-of-aggression')).toBe(false);
    expect(page.url()).toContain('dateTo=2024-11-28');
    await screenshot(page, 'date-slider-28-nov');
  });

  it('plays the offensive forward a day at a time, listing who captured what', async () => {
    await page.getByRole('button', { name: 'Play the offensive' }).click();
    // Resumes from 28 November: the next day is the 29th, when Aleppo fell.
    await expect.poll(() => page.locator('.time-value').textContent(), { timeout: 5000 }).toBe('29 Nov 2024');
    await page.getByRole('button', { name: 'Pause' }).click();
    const day = page.locator('.day-list');
    expect(await day.textContent()).toContain('Capture of Aleppo');
    await expect.poll(() => hidden('capture-of-aleppo')).toBe(false);
    expect(await hidden('jolani-cnn-interview')).toBe(true);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => page.locator('.time-value').textContent()).toBe('30 Nov 2024');
    expect(await day.textContent()).toMatch(/captured Citadel of Aleppo/);
    await screenshot(page, 'playback-30-nov');
    expect(await pageErrors(page)).toEqual([]);
  });
});
