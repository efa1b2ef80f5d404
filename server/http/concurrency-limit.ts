// Lets only a few expensive requests run at once, so health checks and cheap reads stay fast under load.
import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';
import { isHeavy } from './heavy-requests.ts';
import { QueueFullError, Semaphore } from './semaphore.ts';

export interface HeavyLimiter {
  middleware: RequestHandler;
  semaphore: Semaphore;
}

export function heavyRequestLimiter(concurrency: number, waitMs: number): HeavyLimiter {
  // As many may wait as may run: beyond that, waiting only lengthens everyone's answer.
  const semaphore = new Semaphore(concurrency, concurrency);
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
