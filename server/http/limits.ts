// The abuse limits the app enforces, in one shape, taken from the configuration (tests pass tighter or looser ones).
import { parseConfig, type Config } from '../config.ts';

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  maxHops: number;
  /** 0 switches the estimate check off. */
  maxEstimatedRows: number;
}

export interface Limits {
  /** Trusted reverse-proxy hops in front of the app (Express's "trust proxy"). */
  trustProxy: number;
  /** Per client per minute; 0 switches the limiter off. */
  ratePerMinute: number;
  consoleRatePerMinute: number;
  /** Expensive requests running at once; as many again may wait. */
  heavyConcurrency: number;
  /** How long a request may wait for a heavy slot before a 503. */
  heavyWaitMs: number;
  console: ConsoleLimits;
}

/** Request bodies: small JSON only. */
export const MAX_BODY = '16kb';
/** The path and query string together, in characters. */
export const MAX_URL_LENGTH = 2048;
/** Nesting of a JSON body; deeper is refused before any route sees it. */
export const MAX_JSON_DEPTH = 16;
/** Console query text, in characters. */
export const MAX_QUERY_CHARS = 10_000;

export function limitsFrom(c: Config): Limits {
  return {
    trustProxy: c.TRUST_PROXY,
    ratePerMinute: c.RATE_LIMIT_PER_MINUTE,
    consoleRatePerMinute: c.CONSOLE_RATE_LIMIT_PER_MINUTE,
    heavyConcurrency: c.HEAVY_CONCURRENCY,
    heavyWaitMs: c.QUERY_TIMEOUT_MS,
    console: {
      timeoutMs: c.QUERY_TIMEOUT_MS,
      maxRows: c.CONSOLE_MAX_ROWS,
      maxBytes: c.CONSOLE_MAX_BYTES,
      maxHops: c.CONSOLE_MAX_HOPS,
      maxEstimatedRows: c.CONSOLE_MAX_ESTIMATED_ROWS,
    },
  };
}

/** What an unconfigured server uses: the defaults of server/config.ts, so they are written down once. */
export const DEFAULT_LIMITS: Limits = limitsFrom(parseConfig({}));
