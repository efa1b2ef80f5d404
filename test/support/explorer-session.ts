// One app, one Chromium and one page per end-to-end file: opened before its tests, pictured on failure, closed after.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { pictureIfFailed } from './explorer-page.ts';
import { openPage } from './page.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface ExplorerSession {
  app: TestApp;
  browser: Browser;
  page: Page;
}

/**
 * Registers the file's hooks and returns the session, filled in once its `beforeAll` has run. `path` is where the
 * page opens (a shared link's query string, a mode).
 */
export function explorerSession(path = '/'): ExplorerSession {
  const s = {} as Partial<ExplorerSession>;
  beforeAll(async () => {
    s.app = await startTestApp();
    s.browser = await launchChromium();
    s.page = await openPage(s.browser, `${s.app.url}${path}`);
    // A step that cannot happen fails with its own name instead of the whole test timing out.
    s.page.setDefaultTimeout(20_000);
  });
  afterEach(({ task }) => pictureIfFailed(s.page, task));
  afterAll(async () => {
    await s.browser?.close();
    await s.app?.close();
  });
  return s as ExplorerSession;
}
