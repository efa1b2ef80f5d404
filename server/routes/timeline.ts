// GET /api/nodes/:key/timeline and /lineage: a leader's history and a group's line of succession.
import { Router } from 'express';
import type { GraphDatabase } from '../db/graph-database.ts';
import { readLineage } from '../graph/read-lineage.ts';
import { readTimeline } from '../graph/read-timeline.ts';
import { validate } from '../http/validate.ts';
import { keyParams } from './params.ts';

export function timelineRoutes(db: GraphDatabase): Router {
  const router = Router();

  router.get('/nodes/:key/timeline', async (req, res) => {
    const { key } = validate(keyParams, req.params, 'key');
    res.json(await readTimeline(db, key));
  });

  router.get('/nodes/:key/lineage', async (req, res) => {
    const { key } = validate(keyParams, req.params, 'key');
    res.json(await readLineage(db, key));
  });

  return router;
}
