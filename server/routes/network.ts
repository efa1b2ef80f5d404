// GET /api/network/factions?types=&limit=: the faction network, capped and flagged when capped.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.ts';
import { NETWORK_TYPES } from '../db/cypher/network.ts';
import { readNetwork } from '../graph/read-network.ts';
import { validate } from '../http/validate.ts';
import { relationshipTypeList } from './filter-params.ts';
import { wholeNumber } from './params.ts';

export const NETWORK_MAX_FACTIONS = 2000;

const networkQuery = z.object({
  types: relationshipTypeList(NETWORK_TYPES).default([...NETWORK_TYPES]),
  limit: wholeNumber(1, NETWORK_MAX_FACTIONS).default(500),
});

export function networkRoutes(db: GraphDatabase): Router {
  const router = Router();
  router.get('/network/factions', async (req, res) => {
    res.json(await readNetwork(db, validate(networkQuery, req.query)));
  });
  return router;
}
