// Real TCP stand-ins between the app and Neo4j: a silent server (accepts, never answers) and a pass-through proxy.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

function listen(server: Server, sockets: Set<Socket>, port = 0): Promise<Listening> {
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () =>
      done({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((closed) => {
            for (const s of sockets) s.destroy();
            server.close(() => closed());
          }),
      }),
    );
  });
}

/** Accepts connections and never says a word: what a hung database looks like from outside. */
export function silentServer(): Promise<Listening> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
  });
  return listen(server, sockets);
}

export interface Proxy extends Listening {
  /** Drops every open connection but keeps listening: what a pooled connection looks like after a database restart. */
  cut(): void;
}

/** Forwards a port to Neo4j's Bolt port; closing it looks like the database going away. */
export async function proxyTo(targetHost: string, targetPort: number, port = 0): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  const listening = await listen(server, sockets, port);
  return {
    ...listening,
    cut: () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}

/** A port nothing listens on (taken from the OS, then released). */
export async function unusedPort(): Promise<number> {
  const s = await silentServer();
  await s.close();
  return s.port;
}
