// GET /api/time/span and /api/time/events?from=&to=: the date slider's range and the happenings of a window of days.
import { Router } from 'express';
import { z } from 'zod';
import { isRealDate } from '../../seed/model/dates.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { readHappenings, readTimeSpan } from '../graph/read-time.ts';
import { validate } from '../http/validate.ts';
import { text } from './params.ts';

/** Playback asks for a day or a few; a year and a bit is plenty for anything else and keeps answers small. */
export const MAX_WINDOW_DAYS = 400;

const day = (what: string) =>
  text(what)
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD')
    .refine(isRealDate, 'must be a real calendar day');

const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

const windowQuery = z
  .object({ from: day('the first day, YYYY-MM-DD'), to: day('the last day, YYYY-MM-DD') })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => daysBetween(q.from, q.to) <= MAX_WINDOW_DAYS, {
    path: ['to'],
    message: `the window must be at most ${MAX_WINDOW_DAYS} days`,
  });

export function timeRoutes(db: GraphDatabase): Router {
  const router = Router();

  router.get('/time/span', async (_req, res) => {
    res.setHeader('Cache-Control', 'max-age=60');
    res.json(await readTimeSpan(db));
  });

  router.get('/time/events', async (req, res) => {
    const { from, to } = validate(windowQuery, req.query);
    res.json(await readHappenings(db, from, to));
  });

  return router;
}
