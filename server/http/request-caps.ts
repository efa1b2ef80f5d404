// Size and shape caps every request meets before any route: address length, JSON-only bodies, nesting depth.
import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';
import { MAX_JSON_DEPTH, MAX_URL_LENGTH } from './limits.ts';

/** Node already refuses headers over 16 KB; this keeps API addresses to what a person or the page ever sends. */
export const urlLengthCap: RequestHandler = (req, _res, next) => {
  if (req.originalUrl.length > MAX_URL_LENGTH)
    next(AppError.badRequest(`The address is too long: at most ${MAX_URL_LENGTH} characters.`));
  else next();
};

/** A body in anything but JSON would reach routes as `undefined`; say so instead. */
export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json'))
    next(new AppError(415, 'unsupported_media_type', 'Send request bodies as JSON (Content-Type: application/json).'));
  else next();
};

/**
 * Walks the parsed body without recursion (so no depth can overflow the stack) and refuses deep nesting and
 * `__proto__` keys: nothing downstream should have to think about either.
 */
export function bodyShapeProblem(body: unknown): string | null {
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return `The request body is nested too deeply: at most ${MAX_JSON_DEPTH} levels.`;
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return 'The request body uses the reserved key "__proto__".';
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

export const jsonShapeCap: RequestHandler = (req, _res, next) => {
  const problem = bodyShapeProblem(req.body);
  if (problem) next(AppError.badRequest(problem));
  else next();
};
