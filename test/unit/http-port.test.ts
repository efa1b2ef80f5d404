// The fault tests' server ports: fetch() refuses a few ports outright ("bad port"), and a server drawn onto one of
// them could never be asked anything. Checked against fetch itself over the ranges the tests draw from.
import { describe, expect, it } from 'vitest';
import { fetchCanReach } from '../support/http-port.ts';

async function refusedAsBadPort(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch (err) {
    return /bad port/i.test(String((err as Error & { cause?: Error }).cause?.message ?? ''));
  }
}

describe('fetchCanReach', () => {
  it('excludes exactly the ports fetch() refuses between 4100 and 5400', { timeout: 60_000 }, async () => {
    const refused: number[] = [];
    for (let port = 4100; port < 5400; port++) if (await refusedAsBadPort(port)) refused.push(port);
    // The range holds some of them, so the check has something to find.
    expect(refused.length).toBeGreaterThan(0);
    for (let port = 4100; port < 5400; port++) expect(fetchCanReach(port), String(port)).toBe(!refused.includes(port));
  });
});
