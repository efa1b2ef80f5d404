// Liveness (the process answers) and readiness (Neo4j answers, with its version and the dataset it holds).
import { Router } from 'express';
import type { HealthResponse } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { DATASET_INFO } from '../db/cypher/health.ts';

export function healthRoutes(db: GraphDatabase, deadlineMs: number): Router {
  const router = Router();

  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/health', async (_req, res) => {
    const neo4j = await db.version(deadlineMs);
    const [d] = await db.read(DATASET_INFO, {}, deadlineMs);
    const body: HealthResponse = {
      status: 'ok',
      neo4j,
      dataset: d
        ? {
            seededAt: d.get('seededAt') as string | null,
            nodes: Number(d.get('nodes') ?? 0),
            relationships: Number(d.get('relationships') ?? 0),
          }
        : null,
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  return router;
}
