// Throughput with 32 concurrent clients per endpoint (autocannon against the app in its own process).
import autocannon from 'autocannon';
import type { EndpointCase } from './cases.ts';
import { drained } from './drained.ts';
import { BROWSER_ENCODINGS } from './http-client.ts';

export interface ThroughputFigures {
  name: string;
  connections: number;
  seconds: number;
  /** Answered with a 2xx, per second: what readers actually got. */
  requestsPerSecond: number;
  /** Turned away (503 server_busy once the heavy queue is full) or failed, per second. */
  refusedPerSecond: number;
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

export async function throughputBench(serverUrl: string, c: EndpointCase, seconds: number): Promise<ThroughputFigures> {
  await drained(serverUrl);
  const connections = 32;
  const r = await autocannon({
    url: serverUrl,
    connections,
    duration: seconds,
    requests: c.urls.map((path) => ({ method: 'GET', path })),
    headers: { 'accept-encoding': BROWSER_ENCODINGS },
  });
  return {
    name: c.name,
    connections,
    seconds,
    requestsPerSecond: (r.requests.total - r.non2xx) / r.duration,
    refusedPerSecond: (r.non2xx + r.errors + r.timeouts) / r.duration,
    latency: { p50: r.latency.p50, p99: r.latency.p99 },
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
