// Per-client request limits with the standard RateLimit headers; the client is req.ip, which honours TRUST_PROXY.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import { AppError } from './app-error.ts';

const MINUTE = 60_000;

function limiter(name: string, perMinute: number, log: Logger, skip?: (path: string) => boolean): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: MINUTE,
    limit: perMinute,
    // IETF draft 8: `RateLimit-Policy: "api";q=300;w=60` and `RateLimit: "api";r=299;t=60`, plus Retry-After on 429.
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: name,
    // The library's own misconfiguration checks (e.g. X-Forwarded-For without TRUST_PROXY) go to our log, once each.
    logger: log,
    skip: skip ? (req) => skip(req.path) : undefined,
    handler: (_req, _res, next) =>
      next(
        new AppError(
          429,
          'rate_limited',
          `Too many requests: this server allows ${perMinute} ${name === 'console' ? 'console queries' : 'API requests'} per minute from one address. Try again in a minute.`,
        ),
      ),
  });
}

/** Every API request except the liveness probe, which orchestrators call often and costs nothing. */
export function apiRateLimit(perMinute: number, log: Logger): RequestHandler {
  return limiter('api', perMinute, log, (path) => path === '/health/live');
}

/** The console runs arbitrary (read-only) Cypher: a tighter budget on top of the general one. */
export function consoleRateLimit(perMinute: number, log: Logger): RequestHandler {
  return limiter('console', perMinute, log);
}
