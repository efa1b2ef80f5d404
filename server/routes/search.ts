// GET /api/search?q=&limit=: names and aliases, case-, accent- and typo-tolerant.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.ts';
import { readSearch } from '../graph/read-search.ts';
import { validate } from '../http/validate.ts';
import { text, wholeNumber } from './params.ts';

const searchQuery = z.object({
  q: text('the text to search for').trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  limit: wholeNumber(1, 50).default(10),
});

export function searchRoutes(db: GraphDatabase): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, limit } = validate(searchQuery, req.query);
    res.json(await readSearch(db, q, limit));
  });
  return router;
}
