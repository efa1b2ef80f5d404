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

/** Closing the driver or a local database must not keep the process alive past the deadline either. */
const CLOSE_DEADLINE_MS = 5000;

function within(work: Promise<unknown>, ms: number, what: string, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((done) => {
    timer = setTimeout(() => {
      log.warn(`${what} did not finish within ${ms / 1000} s; exiting anyway`);
      done();
    }, ms);
  });
  const finished = work.then(
    () => undefined,
    (err: Error) => log.warn({ err }, `${what} failed; exiting anyway`),
  );
  return Promise.race([finished, late]).finally(() => clearTimeout(timer));
}

export function installShutdown(parts: ShutdownParts): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { log, server } = parts;
    log.info({ signal }, 'shutting down: no new requests, finishing in-flight ones');
    parts.setDraining();
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    // Keep-alive sockets become idle as their last response ends: close those too, rather than wait for their timeout.
    const sweeper = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      log.warn('grace period over: cutting remaining connections');
      server.closeAllConnections();
    }, parts.graceMs);
    await closed;
    clearInterval(sweeper);
    clearTimeout(deadline);
    await within(parts.driver.close(), CLOSE_DEADLINE_MS, 'closing the Neo4j driver', log);
    if (parts.stopDatabase) await within(parts.stopDatabase(), 30_000, 'stopping the local Neo4j', log);
    log.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
