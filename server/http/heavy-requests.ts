// Which API requests are expensive enough to share the small pool of heavy slots. Add new costly endpoints here.
import type { Request } from 'express';

/**
 * Paths under /api whose every request walks many hops, reads a whole-graph view or runs user-written Cypher. The
 * map's places and a day of playback take ~0.5 s each at 100k nodes: 32 at once answered none within 5 s.
 */
const HEAVY_PREFIXES = ['/cypher', '/path', '/network', '/facts', '/places', '/time/events'];

/** Per-entity endpoints that follow variable-length patterns. */
const HEAVY_SUFFIXES = ['/lineage'];

function firstValue(v: unknown): string {
  return Array.isArray(v) ? String(v[0]) : String(v ?? '');
}

/** `path` is relative to the /api router. Anything unparsable counts as cheap: validation will refuse it anyway. */
export function isHeavy(req: Pick<Request, 'path' | 'query'>): boolean {
  const path = req.path;
  if (HEAVY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return true;
  if (HEAVY_SUFFIXES.some((s) => path.endsWith(s))) return true;
  // Depth 1 is the page's everyday expansion; depth 2 and 3 fan out by orders of magnitude.
  if (/^\/nodes\/[^/]+\/neighbou?rhood$/.test(path)) return Number(firstValue(req.query.depth)) >= 2;
  return false;
}
