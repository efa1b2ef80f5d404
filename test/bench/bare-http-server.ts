// The floor under any HTTP API here: node:http alone, in a process of its own, answering the two cheapest lookups with
// the app's own reads, and nothing else (no framework, headers, logging, limits or compression).
// `tsx test/bench/bare-http-server.ts <bolt uri>`; prints "PORT <n>" once listening. Timed beside the app and the raw
// driver, it shows how much of the app's distance from raw is the hop itself: a second process, two loopback sockets.
import { createServer } from 'node:http';
import { readEntity, readRelationship } from '../../server/graph/read-entity.ts';
import { AppError } from '../../server/http/app-error.ts';
import { benchDatabase, serveForBench } from './bench-child.ts';

/** The paths it answers, exactly as the app's: the benchmark sends both the same URL. */
const LOOKUP = /^\/api\/(nodes|relationships)\/([^/?]+)$/;

const { driver, db } = benchDatabase();

const server = createServer((req, res) => {
  const m = LOOKUP.exec(req.url ?? '');
  const send = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  if (!m) return send(404, '{}');
  const key = decodeURIComponent(m[2]!);
  (m[1] === 'nodes' ? readEntity(db, key) : readRelationship(db, key)).then(
    (answer) => send(200, JSON.stringify(answer)),
    (err: unknown) => send(err instanceof AppError ? err.status : 500, '{}'),
  );
});
serveForBench(server, driver);
