// POST /api/cypher: the public, read-only Cypher console (CypherRequest in, CypherResponse out).
import { Router } from 'express';
import { z } from 'zod';
import { runConsoleQuery } from '../console/runner.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { MAX_QUERY_CHARS, type ConsoleLimits } from '../http/limits.ts';
import { validate } from '../http/validate.ts';

const MAX_PARAMS = 50;

const cypherRequest = z.strictObject({
  query: z
    .string({ error: (iss) => (iss.input === undefined ? 'is required (the Cypher to run)' : 'must be text') })
    .min(1, 'must not be empty')
    .max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`),
  params: z
    .record(z.string().min(1, 'names must not be empty').max(100, 'names must be at most 100 characters'), z.json())
    .refine((p) => Object.keys(p).length <= MAX_PARAMS, `must hold at most ${MAX_PARAMS} parameters`)
    .default({}),
});

export interface CypherRouteDeps {
  db: GraphDatabase;
  limits: ConsoleLimits;
}

/** Its tighter rate limit is mounted in app.ts, ahead of the heavy-request queue. */
export function cypherRoutes({ db, limits }: CypherRouteDeps): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const body = validate(cypherRequest, req.body ?? {}, 'body');
    // A reader who gives up (closes the tab, presses stop) should not keep Neo4j busy until the timeout.
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const answer = await runConsoleQuery(db, body, limits, gone.signal);
    res.setHeader('Cache-Control', 'no-store');
    res.json(answer);
  });
  return router;
}
