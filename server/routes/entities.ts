// One entity, its neighbourhood, and one relationship: the explorer's core reads.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.ts';
import { readEntity, readRelationship } from '../graph/read-entity.ts';
import { readNeighbourhood } from '../graph/read-neighbourhood.ts';
import { validate } from '../http/validate.ts';
import { relationshipTypeList } from './filter-params.ts';
import { keyParams, wholeNumber } from './params.ts';

export const NEIGHBOURHOOD_MAX_LIMIT = 1000;

const neighbourhoodQuery = z.object({
  depth: wholeNumber(1, 3)
    .default(1)
    .transform((d) => d as 1 | 2 | 3),
  limit: wholeNumber(1, NEIGHBOURHOOD_MAX_LIMIT).default(150),
  types: relationshipTypeList().optional(),
});

export function entityRoutes(db: GraphDatabase): Router {
  const router = Router();

  router.get('/nodes/:key', async (req, res) => {
    const { key } = validate(keyParams, req.params, 'key');
    res.json(await readEntity(db, key));
  });

  router.get('/nodes/:key/neighborhood', async (req, res) => {
    const { key } = validate(keyParams, req.params, 'key');
    const { depth, limit, types } = validate(neighbourhoodQuery, req.query);
    res.json(await readNeighbourhood(db, types ? { key, depth, limit, types } : { key, depth, limit }));
  });

  router.get('/relationships/:key', async (req, res) => {
    const { key } = validate(keyParams, req.params, 'key');
    res.json(await readRelationship(db, key));
  });

  return router;
}
