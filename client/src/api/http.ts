// fetch wrappers typed by the shared contract; every failure becomes an ApiError carrying the server's message.
import type {
  EntityDetails,
  FactsRequest,
  HealthResponse,
  PathResponse,
  RelationshipDetails,
  RelationshipType,
  SearchResponse,
  Subgraph,
} from '../../../server/contract.ts';
import type { PathQuery } from '../state/view-state.ts';

/** A neighbourhood as the page asks for it: hops, most neighbours, and the relationship types to go through. */
export interface NeighbourhoodAsk {
  depth: 1 | 2 | 3;
  limit: number;
  types?: readonly RelationshipType[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The explorer’s server cannot be reached. Is it still running?');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(
      res.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `The server answered ${res.status}.`,
    );
  }
  return res;
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await (await request(path, { signal, headers: { accept: 'application/json' } })).json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  health: (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', signal),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    getJson<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`, signal),
  entity: (key: string, signal?: AbortSignal) => getJson<EntityDetails>(`/api/nodes/${enc(key)}`, signal),
  relationship: (key: string, signal?: AbortSignal) =>
    getJson<RelationshipDetails>(`/api/relationships/${enc(key)}`, signal),
  neighbourhood: (key: string, q: NeighbourhoodAsk, signal?: AbortSignal) =>
    getJson<Subgraph>(
      `/api/nodes/${enc(key)}/neighborhood?depth=${q.depth}&limit=${q.limit}` +
        (q.types?.length ? `&types=${q.types.join(',')}` : ''),
      signal,
    ),
  path: (p: PathQuery, signal?: AbortSignal) =>
    getJson<PathResponse>(
      `/api/path?from=${enc(p.from)}&to=${enc(p.to)}${p.max ? `&max=${p.max}` : ''}${p.date ? `&date=${p.date}` : ''}` +
        (p.types?.length ? `&types=${p.types.join(',')}` : ''),
      signal,
    ),
  factionNetwork: (signal?: AbortSignal) => getJson<Subgraph>('/api/network/factions', signal),
  /** The facts' citations as CSV text. */
  factsCsv: async (body: FactsRequest, signal?: AbortSignal) =>
    (
      await request('/api/facts', {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', accept: 'text/csv' },
        body: JSON.stringify(body),
      })
    ).text(),
};
