// While the server listens but its database is not ready (booting, waiting for Neo4j, seeding): the API says 503.
import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';

export function startingGate(isStarting?: () => boolean): RequestHandler {
  return (req, _res, next) => {
    // Liveness is about the process, which is fine; the page itself can load and show the API's answer.
    if (!isStarting?.() || !req.path.startsWith('/api/') || req.path === '/api/health/live') return next();
    next(
      new AppError(
        503,
        'starting',
        'The explorer is starting: it is waiting for its database or loading the dataset. Try again in a few seconds.',
      ),
    );
  };
}
