// GET /api/path?from=&to=&max=&date=&types=&limit=: the shortest connections between two entities.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.ts';
import { PATH_MAX_HOPS } from '../db/cypher/path.ts';
import { readPath } from '../graph/read-path.ts';
import { validate } from '../http/validate.ts';
import { isoDay, relationshipTypeList } from './filter-params.ts';
import { entityKey, text, wholeNumber } from './params.ts';

export const PATH_MAX_RESULTS = 10;

const pathQuery = z
  .object({
    from: text('the key of the entity to start from').pipe(entityKey),
    to: text('the key of the entity to reach').pipe(entityKey),
    max: wholeNumber(1, PATH_MAX_HOPS).default(PATH_MAX_HOPS),
    date: isoDay.optional(),
    types: relationshipTypeList().optional(),
    limit: wholeNumber(1, PATH_MAX_RESULTS).default(PATH_MAX_RESULTS),
  })
  .refine((q) => q.from !== q.to, { message: 'must name a different entity from "from"', path: ['to'] });

export function pathRoutes(db: GraphDatabase): Router {
  const router = Router();
  router.get('/path', async (req, res) => {
    res.json(await readPath(db, validate(pathQuery, req.query)));
  });
  return router;
}
