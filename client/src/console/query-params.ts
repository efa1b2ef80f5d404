// Parameters as a JSON object, checked before sending: a mistake is named here, not discovered by the database.

export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; error: string };

export function parseParams(text: string): ParsedParams {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `Parameters are not valid JSON: ${(err as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, error: 'Parameters must be a JSON object, like {"key": "hts"}.' };
  return { ok: true, params: value as Record<string, unknown> };
}

/** `$name` and `$\`odd name\`` in the query, outside strings and comments, in order of first use. */
export function paramNames(query: string): string[] {
  const stripped = query
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '""');
  const names = [...stripped.matchAll(/\$(?:([A-Za-z_][A-Za-z0-9_]*)|`([^`]+)`)/g)].map((m) => m[1] ?? m[2]!);
  return [...new Set(names)];
}

/** The parameters the query uses that the JSON does not set. */
export function missingParams(query: string, params: Record<string, unknown>): string[] {
  return paramNames(query).filter((n) => !(n in params));
}
