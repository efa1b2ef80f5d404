// Waits until the app answers a trivial request quickly again: a throughput case leaves a backlog behind it.
import { since } from './stats.ts';

/**
 * autocannon stops sending when its time is up, but the server still works through the requests in flight: wait
 * until it answers three trivial requests in a row quickly, so one case's backlog is not measured against the next.
 */
export async function drained(serverUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const t = performance.now();
    await (await fetch(`${serverUrl}/api/health/live`)).arrayBuffer();
    quick = since(t) < 20 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}
