// Lets only a few expensive requests run at once, so health checks and cheap reads stay fast under load.
import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';
import { isHeavy } from './heavy-requests.ts';
import { QueueFullError, Semaphore } from './semaphore.ts';

export interface HeavyLimiter {
  middleware: RequestHandler;
  semaphore: Semaphore;
}

/**
 * Waiting requests per running one. A burst (a newsroom opening the same shared link, 32 bench clients) queues and
 * is served in turn; the wait deadline, not the queue's length, bounds how long anyone waits before a 503.
 */
export const QUEUE_PER_SLOT = 8;

export function heavyRequestLimiter(concurrency: number, waitMs: number): HeavyLimiter {
  const semaphore = new Semaphore(concurrency, concurrency * QUEUE_PER_SLOT);
  const middleware: RequestHandler = (req, res, next) => {
    if (!isHeavy(req)) return next();
    semaphore.acquire(waitMs).then(
      (release) => {
        // 'close' fires whether the response finished or the client went away: the slot is never leaked.
        res.once('close', release);
        if (res.destroyed) release();
        else next();
      },
      (err: unknown) => {
        if (err instanceof QueueFullError)
          next(
            new AppError(
              503,
              'server_busy',
              'The server is busy with other expensive queries; try again in a few seconds.',
            ),
          );
        else next(err);
      },
    );
  };
  return { middleware, semaphore };
}
