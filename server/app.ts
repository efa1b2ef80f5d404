// Builds the Express app from its dependencies; it never reads the environment or opens connections itself.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { GraphDatabase } from './db/graph-database.ts';
import { AppError } from './http/app-error.ts';
import { compressResponses } from './http/compress.ts';
import { heavyRequestLimiter } from './http/concurrency-limit.ts';
import { errorHandler } from './http/error-handler.ts';
import { DEFAULT_LIMITS, MAX_BODY, type Limits } from './http/limits.ts';
import { apiRateLimit, consoleRateLimit } from './http/rate-limits.ts';
import { jsonBodiesOnly, jsonShapeCap, urlLengthCap } from './http/request-caps.ts';
import { startingGate } from './http/starting-gate.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { entityRoutes } from './routes/entities.ts';
import { factsBodyParser, factsRoutes } from './routes/facts.ts';
import { healthRoutes } from './routes/health.ts';
import { networkRoutes } from './routes/network.ts';
import { pathRoutes } from './routes/path.ts';
import { searchRoutes } from './routes/search.ts';
import { placeRoutes } from './routes/places.ts';
import { timeRoutes } from './routes/time.ts';
import { timelineRoutes } from './routes/timeline.ts';

export interface AppDeps {
  db: GraphDatabase;
  log: Logger;
  /** How long /api/health waits for Neo4j before answering 503. */
  healthDeadlineMs: number;
  /** The built client (client/dist); omitted in API-only tests. */
  clientDir?: string;
  /** Flipped by the shutdown hook: new requests get 503 while in-flight ones finish. */
  isDraining?: () => boolean;
  /** True while the server listens but Neo4j is not ready yet: the API says 503, liveness still answers. */
  isStarting?: () => boolean;
  /** Rate, concurrency and console limits; the configuration's defaults when omitted. */
  limits?: Limits;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  const limits = deps.limits ?? DEFAULT_LIMITS;
  app.disable('x-powered-by');
  // Only the configured number of proxy hops may speak for the client's address (req.ip); with none, nobody may.
  app.set('trust proxy', limits.trustProxy || false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // ForceAtlas2's worker and PNG export use blob: URLs; nothing runs inline.
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          // Styles come from the built stylesheet and the DOM style API only; nothing inline.
          'style-src': ["'self'"],
          // Plain-HTTP deployments (a laptop, a LAN) must keep working; TLS is the reverse proxy's job.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(pinoHttp({ logger: deps.log, autoLogging: { ignore: (req) => req.url === '/api/health/live' } }));
  app.use((_req, res, next) => {
    if (deps.isDraining?.()) {
      res.setHeader('Connection', 'close');
      next(new AppError(503, 'shutting_down', 'The server is restarting; try again in a moment.'));
    } else next();
  });
  app.use(startingGate(deps.isStarting));
  // API addresses are short; page addresses carry a whole shared view, so only Node's 16 kB header cap applies to them.
  app.use('/api', urlLengthCap);
  app.use('/api', apiRateLimit(limits.ratePerMinute, deps.log));
  app.use(compressResponses());
  app.use('/api', jsonBodiesOnly);
  // POST /api/facts carries a view's keys (up to 5000): its own, larger limit; body-parser then skips the global one.
  app.use('/api/facts', factsBodyParser);
  app.use(express.json({ limit: MAX_BODY }));
  app.use(jsonShapeCap);
  const heavy = heavyRequestLimiter(limits.heavyConcurrency, limits.heavyWaitMs);

  const api = express.Router();
  // The console's own budget is spent before it may queue for a heavy slot: a throttled client never holds one.
  api.post('/cypher', consoleRateLimit(limits.consoleRatePerMinute, deps.log));
  api.use(heavy.middleware);
  api.use(healthRoutes(deps.db, deps.healthDeadlineMs));
  api.use(searchRoutes(deps.db));
  api.use(entityRoutes(deps.db));
  api.use(pathRoutes(deps.db));
  api.use(networkRoutes(deps.db));
  api.use(factsRoutes(deps.db));
  api.use(timelineRoutes(deps.db));
  api.use(timeRoutes(deps.db));
  api.use(placeRoutes(deps.db));
  api.use(cypherRoutes({ db: deps.db, limits: limits.console }));
  api.use((req) => {
    throw AppError.notFound(`There is no API endpoint ${req.method} ${req.baseUrl}${req.path}.`);
  });
  app.use('/api', api);

  if (deps.clientDir && existsSync(join(deps.clientDir, 'index.html'))) {
    const index = join(deps.clientDir, 'index.html');
    app.use(express.static(deps.clientDir, { index: false, maxAge: '1h' }));
    // The view lives in the URL, so every other GET is the app.
    app.get(/.*/, (_req, res) => res.sendFile(index));
  }

  app.use((req) => {
    throw AppError.notFound(`Nothing is served at ${req.method} ${req.path}.`);
  });
  app.use(errorHandler(deps.log));
  return app;
}
