// One place that builds neo4j drivers, with timeouts short enough that a dead database costs seconds, not a minute.
import neo4j, { type Driver } from 'neo4j-driver';

/** How long a failed transaction may be retried: short, so a down database answers 503 quickly (see run-read.ts). */
export const RETRY_WINDOW_MS = 1000;

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** Bound on waiting for a pooled connection (the default 60 s hangs requests on a silent database). */
  acquireTimeoutMs?: number;
}

export function createDriver(s: DriverSettings): Driver {
  const acquire = s.acquireTimeoutMs ?? 3000;
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    connectionTimeout: acquire,
    connectionAcquisitionTimeout: acquire,
    // Managed transactions retry transient errors; keep that short so a down database answers 503 quickly.
    maxTransactionRetryTime: RETRY_WINDOW_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'syria-offensive-graph-explorer',
    logging: { level: 'error', logger: () => {} },
  });
}
