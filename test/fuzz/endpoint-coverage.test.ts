// The fuzz covers every endpoint: the routes the app really serves under /api must be exactly those in endpoints.ts.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logger.ts';
import { servedRoutes } from '../support/app-routes.ts';
import { ENDPOINTS } from '../support/endpoints.ts';
import { testDatabase, testDriver } from '../support/neo4j.ts';

describe('endpoint list', () => {
  it('names every /api route the app serves, and nothing it does not', async () => {
    const driver = testDriver();
    try {
      const app = createApp({ db: testDatabase(driver), log: createLogger('silent'), healthDeadlineMs: 1000 });
      const served = servedRoutes(app).filter((r) => r.split(' ')[1]!.startsWith('/api'));
      const listed = ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort();
      expect(served.length).toBeGreaterThan(10);
      // A route here but not in the list would escape the fuzz: add it to test/support/endpoints.ts.
      expect(
        served.filter((r) => !listed.includes(r)),
        'served but missing from endpoints.ts',
      ).toEqual([]);
      expect(
        listed.filter((r) => !served.includes(r)),
        'listed but not served',
      ).toEqual([]);
    } finally {
      await driver.close();
    }
  });
});
