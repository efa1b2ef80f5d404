// A TCP pass-through to Neo4j that a test can hold still (pause), watch (what the client sends) and cut.
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FaultProxy {
  port: number;
  /** Stop forwarding in both directions: requests in flight hang, as on a frozen network or database. */
  pause(): void;
  resume(): void;
  /** Resolves the first time the client sends bytes containing `text` (e.g. a Cypher clause). */
  sees(text: string): Promise<void>;
  close(): Promise<void>;
}

export function faultProxy(targetHost: string, targetPort: number): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  let paused = false;
  const watchers: { text: string; done: () => void }[] = [];
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      for (const w of [...watchers])
        if (text.includes(w.text)) {
          watchers.splice(watchers.indexOf(w), 1);
          w.done();
        }
    });
    client.pipe(upstream).pipe(client);
    // After pipe(), which resumes its source: a connection opened while frozen starts frozen.
    if (paused) {
      client.pause();
      upstream.pause();
    }
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  return new Promise((ready) => {
    server.listen(0, '127.0.0.1', () =>
      ready({
        port: (server.address() as AddressInfo).port,
        pause() {
          paused = true;
          for (const s of sockets) s.pause();
        },
        resume() {
          paused = false;
          for (const s of sockets) s.resume();
        },
        sees: (text) => new Promise((done) => watchers.push({ text, done })),
        close: () =>
          new Promise<void>((closed) => {
            for (const s of sockets) s.destroy();
            server.close(() => closed());
          }),
      }),
    );
  });
}
