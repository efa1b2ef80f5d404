// fetch wrappers typed by the shared contract; every failure becomes an ApiError carrying the server's message.
import type {
  EntityDetails,
  HealthResponse,
  RelationshipDetails,
  SearchResponse,
  Subgraph,
} from '../../../server/contract.ts';

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

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { signal, headers: { accept: 'application/json' } });
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
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  health: (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', signal),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    getJson<SearchResponse>(`/api/search?q=${enc(q)}&limit=${limit}`, signal),
  entity: (key: string, signal?: AbortSignal) => getJson<EntityDetails>(`/api/nodes/${enc(key)}`, signal),
  relationship: (key: string, signal?: AbortSignal) =>
    getJson<RelationshipDetails>(`/api/relationships/${enc(key)}`, signal),
  neighbourhood: (key: string, depth = 1, limit = 150, signal?: AbortSignal) =>
    getJson<Subgraph>(`/api/nodes/${enc(key)}/neighborhood?depth=${depth}&limit=${limit}`, signal),
};
