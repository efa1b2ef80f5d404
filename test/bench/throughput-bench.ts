// Throughput with 32 concurrent clients per endpoint (autocannon against the app in its own process).
import autocannon from 'autocannon';
import type { EndpointCase } from './cases.ts';
import { since } from './stats.ts';

export interface ThroughputFigures {
  name: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/**
 * autocannon stops sending when its time is up, but the server still works through the requests in flight: wait
 * until it answers a trivial request quickly again, so one case's backlog is not measured against the next.
 */
async function drained(serverUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const t = performance.now();
    await (await fetch(`${serverUrl}/api/health/live`)).arrayBuffer();
    quick = since(t) < 20 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function throughputBench(serverUrl: string, c: EndpointCase, seconds: number): Promise<ThroughputFigures> {
  await drained(serverUrl);
  const connections = 32;
  const r = await autocannon({
    url: serverUrl,
    connections,
    duration: seconds,
    requests: c.urls.map((path) => ({ method: 'GET', path })),
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    name: c.name,
    connections,
    seconds,
    requestsPerSecond: r.requests.average,
    latency: { p50: r.latency.p50, p99: r.latency.p99 },
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
