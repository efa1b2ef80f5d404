// Plain HTTP helpers for API tests: any method, any body, raw headers, and the answer parsed when it is JSON.

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
}

export async function request<T = unknown>(base: string, path: string, opts: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${base}${path}`, { method: opts.method ?? (body ? 'POST' : 'GET'), headers, body });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, text, body: parsed as T };
}

/** POST /api/cypher with a query and optional parameters. */
export function cypher<T = unknown>(base: string, query: string, params?: Record<string, unknown>): Promise<Answer<T>> {
  return request<T>(base, '/api/cypher', { body: params ? { query, params } : { query } });
}

/** What a response must never carry, whatever went wrong: stack frames, file paths, Java or driver internals. */
export const LEAK =
  /\bat [\w$.<>]+ \(|node_modules|\/work\/|\/home\/|\/usr\/|\.ts:\d+|\.js:\d+|org\.neo4j|java\.|Neo4jError|Neo\.(ClientError|TransientError|DatabaseError)|bolt:\/\/|ECONNREFUSED/;
