// Bytes a subgraph costs on the wire, per node: raw JSON, and compressed as the server sends it to a browser (brotli)
// and to a client that asks for gzip only, with the server's own settings.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BROTLI_QUALITY, GZIP_LEVEL } from '../../server/http/compress.ts';
import { drained } from './drained.ts';

export interface PayloadFigures {
  name: string;
  nodes: number;
  edges: number;
  bytes: { raw: number; gzip: number; brotli: number };
  perNode: { raw: number; gzip: number; brotli: number };
}

export function measurePayload(name: string, json: string): PayloadFigures {
  const body = JSON.parse(json) as { nodes: unknown[]; edges: unknown[] };
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json, { level: GZIP_LEVEL }).length;
  const brotli = brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }).length;
  const n = Math.max(1, body.nodes.length);
  return {
    name,
    nodes: body.nodes.length,
    edges: body.edges.length,
    bytes: { raw, gzip, brotli },
    perNode: { raw: raw / n, gzip: gzip / n, brotli: brotli / n },
  };
}

/** Fetches an API subgraph uncompressed and measures it, once the app has worked off any earlier load. */
export async function payloadOf(serverUrl: string, name: string, url: string): Promise<PayloadFigures> {
  await drained(serverUrl);
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(serverUrl + url, { headers: { 'accept-encoding': 'identity' } });
    if (res.ok) return measurePayload(name, await res.text());
    // 503 is the app shedding load (busy or still planning); anything else is a real failure.
    if (res.status !== 503 || attempt === 5) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}
