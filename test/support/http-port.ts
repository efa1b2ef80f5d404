// A free port for a server the tests spawn and then reach with fetch(), drawn at random so concurrent runs rarely meet.
import { portIsFree } from '../../neo4j-local/launcher.ts';

/**
 * Ports fetch() refuses outright ("bad port", WHATWG Fetch's port blocking list), above 1024. A server spawned on one
 * listens fine but every request to it fails: the crash test once drew 5060 and failed for that alone.
 */
const FETCH_BLOCKED = new Set([1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6679, 6697, 10080]);
for (let p = 6665; p <= 6669; p++) FETCH_BLOCKED.add(p);

export function fetchCanReach(port: number): boolean {
  return !FETCH_BLOCKED.has(port);
}

/** A free port from `from` up to `from + span`, starting at a random place in that range. */
export async function freeHttpPort(from: number, span: number): Promise<number> {
  const start = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = from + ((start + i) % span);
    if (fetchCanReach(port) && (await portIsFree(port))) return port;
  }
  throw new Error(`no free port between ${from} and ${from + span - 1} for the server`);
}
