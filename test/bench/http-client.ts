// The benchmark's HTTP client for latency: node:http over one kept-alive connection, the leanest way Node has to ask.
// The driver side is measured with the driver alone, so the API side should not carry fetch()'s web-streams layer
// (measured here: ~0.3 ms at p50 and 1-2 ms at p95 more than this, on a 1 ms request).
import { Agent, get } from 'node:http';

export interface TimedGet {
  status: number;
  bytes: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** What Chromium asks for, over plain HTTP as well (checked with /usr/bin/chromium); the server answers brotli. */
export const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** GETs `url` asking for what a browser asks for, and reads the body to its end. */
export function timedGet(url: string): Promise<TimedGet> {
  return new Promise((done, fail) => {
    get(url, { agent, headers: { 'accept-encoding': BROWSER_ENCODINGS } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => done({ status: res.statusCode ?? 0, bytes }));
      res.on('error', fail);
    }).on('error', fail);
  });
}
