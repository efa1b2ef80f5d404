// The real app in a process of its own for the benchmark (so load generator and server do not share an event loop):
// `tsx test/bench/serve-app.ts <bolt uri>`; prints "PORT <n>" once listening. Rate limits off, everything else default.
import { createServer } from 'node:http';
import { createApp } from '../../server/app.ts';
import { CLIENT_DIST } from '../../server/boot/ensure-client-built.ts';
import { DEFAULT_LIMITS } from '../../server/http/limits.ts';
import { createLogger } from '../../server/logger.ts';
import { benchDatabase, serveForBench } from './bench-child.ts';

const { driver, db } = benchDatabase();
const app = createApp({
  db,
  log: createLogger('silent'),
  healthDeadlineMs: 3000,
  clientDir: CLIENT_DIST,
  // One machine plays every client here: a per-client rate limit would measure the limiter, not the API.
  limits: { ...DEFAULT_LIMITS, ratePerMinute: 0, consoleRatePerMinute: 0 },
});
serveForBench(createServer(app), driver);
