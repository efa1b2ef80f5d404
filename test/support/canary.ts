// A loopback HTTP server that records every request: proof that Neo4j never fetched a URL it was told to.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Canary {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

export function startCanary(): Promise<Canary> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'text/csv');
    res.end('name\nleaked\n');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}`,
        hits,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
