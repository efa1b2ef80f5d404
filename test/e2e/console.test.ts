// The Cypher console in the browser: a query drawn as a graph and as a table, Neo4j's own error, a write refused.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeOnScreen, openPage, pageErrors, screenshot, waitForLayout } from '../support/page.ts';
import { explorerSession } from '../support/explorer-session.ts';
import { testConnection } from '../support/neo4j.ts';

const session = explorerSession('/?mode=console');
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

async function typeQuery(text: string) {
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await editor.pressSequentially(text);
  await page.keyboard.press('Escape');
  // What the reader typed is what will run (closed brackets and quotes are stepped over, not doubled).
  await expect.poll(() => editor.textContent()).toBe(text);
}

describe('Cypher console', () => {
  it('draws a query’s nodes on the graph and its rows in a table', async () => {
    await typeQuery("MATCH (p:Person {id: 'al-jolani'})-[r:LEADS]->(g:Faction) RETURN p, r, g ORDER BY g.name");
    await page.keyboard.press('ControlOrMeta+Enter');
    const table = page.getByRole('table', { name: /rows returned/i });
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['p', 'r', 'g']);
    const groups = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(groups.map((g) => g.replace(/Faction$/, '').trim())).toEqual([
      'Hay’at Tahrir al-Sham',
      'Jabhat Fatah al-Sham',
      'Jabhat al-Nusra',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'rows in' }).textContent()).toMatch(
      /3 rows in \d+ ms · drawn on the graph: 4 nodes, 3 relationships/,
    );
    await waitForLayout(page);
    for (const key of ['al-jolani', 'hts', 'jabhat-al-nusra']) await nodeOnScreen(page, key);
    await screenshot(page, 'console-graph-table');
  });

  it('runs with parameters, and names a parameter the query uses but does not set', async () => {
    await typeQuery('MATCH (n:Entity {id: $key}) RETURN n.name AS name');
    await page.getByLabel('Parameters (JSON object)').fill('{"other": 1}');
    await page.getByRole('button', { name: 'Run query' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('uses $key, which the parameters do not set');
    await page.getByLabel('Parameters (JSON object)').fill('{"key": "hts"}');
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: /rows returned/i }).textContent())
      .toContain('Hay’at Tahrir al-Sham');
    await page.getByLabel('Parameters (JSON object)').fill('');
  });

  it('shows Neo4j’s own error message plainly', async () => {
    await typeQuery('MATC (n) RETURN n');
    await page.getByRole('button', { name: 'Run query' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Neo4j could not run the query.*Invalid input 'MATC'/s);
    await screenshot(page, 'console-neo4j-error');
  });

  it('refuses a write and the graph stays as it was', async () => {
    await typeQuery("CREATE (n:Faction {id: 'console-e2e-write', name: 'x'}) RETURN n");
    await page.getByRole('button', { name: 'Run query' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/Refused: the console only reads.*read-only/s);
    await screenshot(page, 'console-write-refused');
    const { default: neo4j } = await import('neo4j-driver');
    const c = testConnection();
    const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
    try {
      const res = await driver.executeQuery(
        "MATCH (n {id: 'console-e2e-write'}) RETURN count(n) AS n",
        {},
        { database: c.database },
      );
      expect(Number(res.records[0]!.get('n'))).toBe(0);
    } finally {
      await driver.close();
    }
    expect(await pageErrors(page)).toEqual([]);
  });

  it('puts the query and its parameters in the link, which opens them in the editor ready to run', async () => {
    const query = 'MATCH (n:Entity {id: $key}) RETURN n.name AS name';
    await typeQuery(query);
    await page.getByLabel('Parameters (JSON object)').fill('{"key": "hts"}');
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.getByRole('table', { name: /rows returned/i }).waitFor();
    const link = new URL(page.url());
    expect(link.searchParams.get('q')).toBe(query);
    expect(link.searchParams.get('qp')).toBe('{"key": "hts"}');

    const other = await openPage(session.browser, link.href);
    try {
      const editor = other.getByRole('textbox', { name: 'Cypher query' });
      await expect.poll(() => editor.textContent()).toBe(query);
      expect(await other.getByLabel('Parameters (JSON object)').inputValue()).toBe('{"key": "hts"}');
      // Opening a link shows the query; only the reader's Run sends it.
      expect(await other.getByRole('table', { name: /rows returned/i }).count()).toBe(0);
      await other.getByRole('button', { name: 'Run query' }).click();
      expect(await other.getByRole('table', { name: /rows returned/i }).textContent()).toContain(
        'Hay’at Tahrir al-Sham',
      );
      expect(await pageErrors(other)).toEqual([]);
    } finally {
      await other.close();
    }
    await page.getByLabel('Parameters (JSON object)').fill('');
  });

  it('is not in the page’s first scripts: the editor is fetched when the console first opens', async () => {
    const other = await openPage(session.browser, `${session.app.url}/`);
    try {
      await other.getByRole('heading', { name: /who fought whom/i }).waitFor();
      // The scripts the page has fetched so far, read back: CodeMirror's editor names its parts cm-content.
      const editorCodeLoaded = () =>
        other.evaluate(async () => {
          const scripts = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js'))
            .map((e) => e.name);
          const texts = await Promise.all(scripts.map(async (s) => (await fetch(s)).text()));
          return { scripts: scripts.length, withEditor: texts.filter((t) => t.includes('cm-content')).length };
        });
      const before = await editorCodeLoaded();
      expect(before.scripts).toBeGreaterThan(0);
      expect(before.withEditor).toBe(0);
      await other.getByRole('tab', { name: 'Cypher' }).click();
      await other.getByRole('textbox', { name: 'Cypher query' }).waitFor();
      expect((await editorCodeLoaded()).withEditor).toBeGreaterThan(0);
      expect(await pageErrors(other)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('says so, and how to recover, when the console’s code cannot be fetched', async () => {
    const other = await openPage(session.browser, `${session.app.url}/`);
    try {
      await other.getByRole('heading', { name: /who fought whom/i }).waitFor();
      // Everything the page needed is in; the next script asked for is the console's.
      await other.route('**/*.js', (route) => route.abort());
      await other.getByRole('tab', { name: 'Cypher' }).click();
      await expect
        .poll(() => other.getByRole('alert').allTextContents())
        .toContain('The Cypher console could not be loaded. Reload the page to try again.');
      expect(await other.getByRole('textbox', { name: 'Cypher query' }).count()).toBe(0);
      expect(await pageErrors(other)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('keeps a history of the queries run', async () => {
    const history = page.getByRole('combobox', { name: 'History' });
    const options = await history.locator('option').allTextContents();
    expect(options.some((o) => o.includes("MATCH (p:Person {id: 'al-jolani'})"))).toBe(true);
  });
});
