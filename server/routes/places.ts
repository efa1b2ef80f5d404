// GET /api/places: coordinates for the map, and an honest list of the places that have none.
import { Router } from 'express';
import type { GraphDatabase } from '../db/graph-database.ts';
import { readPlaces } from '../graph/read-places.ts';

export function placeRoutes(db: GraphDatabase): Router {
  const router = Router();
  router.get('/places', async (_req, res) => {
    res.setHeader('Cache-Control', 'max-age=60');
    res.json(await readPlaces(db));
  });
  return router;
}
