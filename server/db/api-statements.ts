// Every Cypher statement the API runs, found from the exports of server/db/cypher/*.ts (strings, and string tables
// such as one statement per depth), so plan warm-up and the plan test see queries added later without a registry.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CYPHER_DIR = join(import.meta.dirname, 'cypher');

export interface ApiStatement {
  /** "entity.ts ENTITY", "path.ts PATHS[3 types]" */
  name: string;
  text: string;
}

const looksLikeCypher = (s: string) => /\bRETURN\b/.test(s) && /\b(MATCH|CALL|UNWIND)\b/.test(s);

export async function apiStatements(dir = CYPHER_DIR): Promise<ApiStatement[]> {
  const out: ApiStatement[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /\.[cm]?[jt]s$/.test(f))
    .sort()) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'string' && looksLikeCypher(value)) out.push({ name: `${file} ${name}`, text: value });
      else if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [k, v] of Object.entries(value))
          if (typeof v === 'string' && looksLikeCypher(v)) out.push({ name: `${file} ${name}[${k}]`, text: v });
    }
  }
  return out;
}
