// Throughput with 32 concurrent clients per endpoint (autocannon against the app in its own process).
import autocannon from 'autocannon';
import type { EndpointCase } from './cases.ts';
import { drained } from './drained.ts';

export interface ThroughputFigures {
  name: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
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
