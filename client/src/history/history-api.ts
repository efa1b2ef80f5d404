// Typed calls to the history, time and place endpoints (and the console's POST), failures as ApiErrors with the server's words.
import type {
  CypherRequest,
  CypherResponse,
  DatedHappeningsResponse,
  LineageResponse,
  PlacesResponse,
  TimelineResponse,
  TimeSpanResponse,
} from '../../../server/contract.ts';
import { ApiError } from '../api/http.ts';

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The explorer’s server cannot be reached. Is it still running?');
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!res.ok || body === null)
    throw new ApiError(
      res.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `The server answered ${res.status}.`,
    );
  return body;
}

const enc = encodeURIComponent;

export const historyApi = {
  timeline: (key: string, signal?: AbortSignal) =>
    call<TimelineResponse>(`/api/nodes/${enc(key)}/timeline`, { signal }),
  lineage: (key: string, signal?: AbortSignal) => call<LineageResponse>(`/api/nodes/${enc(key)}/lineage`, { signal }),
  timeSpan: (signal?: AbortSignal) => call<TimeSpanResponse>('/api/time/span', { signal }),
  happenings: (from: string, to: string, signal?: AbortSignal) =>
    call<DatedHappeningsResponse>(`/api/time/events?from=${enc(from)}&to=${enc(to)}`, { signal }),
  places: (signal?: AbortSignal) => call<PlacesResponse>('/api/places', { signal }),
  cypher: (req: CypherRequest, signal?: AbortSignal) =>
    call<CypherResponse>('/api/cypher', {
      method: 'POST',
      body: JSON.stringify(req),
      headers: { 'content-type': 'application/json' },
      signal,
    }),
};
