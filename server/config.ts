// Configuration from the environment, parsed once with zod; a bad value stops the boot with the setting's name.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const ms = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);
const count = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback);
};

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Upper bound for any one query, console included. */
  QUERY_TIMEOUT_MS: ms(5000),
  /** How long a request may wait for a database connection before answering 503. */
  DB_ACQUIRE_TIMEOUT_MS: ms(3000),
  SEED_ON_START: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Milliseconds SIGTERM waits for in-flight requests before cutting them. */
  SHUTDOWN_GRACE_MS: ms(10_000),
  // Abuse limits (README, "Security model"). A count of 0 switches that limit off.
  /** Reverse proxies in front of the app; their X-Forwarded-For hops are trusted, nobody else's. */
  TRUST_PROXY: count(0, 10, 0),
  /** API requests per client per minute (health probes excluded). */
  RATE_LIMIT_PER_MINUTE: count(0, 1_000_000, 300),
  /** Console queries per client per minute, within the general limit. */
  CONSOLE_RATE_LIMIT_PER_MINUTE: count(0, 100_000, 30),
  /** Expensive requests (console, deep neighbourhoods, paths, networks) running at once; more wait in a short queue. */
  HEAVY_CONCURRENCY: count(1, 256, 4),
  CONSOLE_MAX_ROWS: count(1, 100_000, 1000),
  CONSOLE_MAX_BYTES: count(1024, 50_000_000, 1_000_000),
  /** Longest variable-length pattern the console accepts (`*..6`); unbounded ones are always refused. */
  CONSOLE_MAX_HOPS: count(1, 50, 6),
  /** Refuse plans where Neo4j itself estimates more rows than this at any step (0: no check). */
  CONSOLE_MAX_ESTIMATED_ROWS: count(0, Number.MAX_SAFE_INTEGER, 1_000_000_000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const res = configSchema.safeParse(env);
  if (res.success) return res.data;
  const lines = res.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
