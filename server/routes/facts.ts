// POST /api/facts {nodes, edges}: the view's facts with their sources, as a CSV download.
import express, { Router } from 'express';
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.ts';
import { readFactsCsv } from '../graph/read-facts.ts';
import { validate } from '../http/validate.ts';
import { entityKey } from './params.ts';

export const FACTS_MAX_KEYS = 5000;
/** 5000 keys of up to ~40 characters, quoted: well above the 16 kB every other body is held to. */
export const FACTS_BODY_LIMIT = '256kb';

const factsBody = z
  .object({
    nodes: z.array(entityKey).max(FACTS_MAX_KEYS, `must hold at most ${FACTS_MAX_KEYS} keys`).default([]),
    edges: z.array(entityKey).max(FACTS_MAX_KEYS, `must hold at most ${FACTS_MAX_KEYS} keys`).default([]),
  })
  .strict()
  .refine((b) => b.nodes.length + b.edges.length > 0, 'must name at least one node or edge')
  .refine(
    (b) => b.nodes.length + b.edges.length <= FACTS_MAX_KEYS,
    `nodes and edges together must hold at most ${FACTS_MAX_KEYS} keys`,
  );

/** Its own JSON parser with a larger limit; app.ts mounts it before the global 16 kB one. */
export const factsBodyParser = express.json({ limit: FACTS_BODY_LIMIT });

export function factsRoutes(db: GraphDatabase): Router {
  const router = Router();
  router.post('/facts', async (req, res) => {
    const body = validate(factsBody, req.body ?? {}, 'body');
    const csv = await readFactsCsv(db, body);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="facts.csv"');
    res.send(csv);
  });
  return router;
}
