// SIGTERM/SIGINT: stop taking requests, let in-flight ones finish until a deadline, close the driver and the local database, exit 0.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';

export interface ShutdownParts {
  server: Server;
  driver: Driver;
  stopDatabase?: () => Promise<void>;
  log: Logger;
  graceMs: number;
  setDraining: () => void;
}

export function installShutdown(parts: ShutdownParts): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    parts.log.info({ signal }, 'shutting down: no new requests, finishing in-flight ones');
    parts.setDraining();
    const closed = new Promise<void>((done) => parts.server.close(() => done()));
    parts.server.closeIdleConnections();
    const deadline = setTimeout(() => {
      parts.log.warn('grace period over: cutting remaining connections');
      parts.server.closeAllConnections();
    }, parts.graceMs);
    await closed;
    clearTimeout(deadline);
    await parts.driver.close();
    await parts.stopDatabase?.();
    parts.log.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
