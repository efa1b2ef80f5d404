// The example queries, read from the README's model section so the console and the documentation never drift apart.
import readme from '../../../README.md?raw';

export interface Example {
  title: string;
  query: string;
}

/** "1. Title:" followed by a ```cypher block, as seed/data/README.md writes them. */
export function parseExamples(markdown: string): Example[] {
  const out: Example[] = [];
  const re = /^\d+\.\s+(.+?):?\s*\n+```cypher\n([\s\S]*?)```/gm;
  for (const m of markdown.matchAll(re)) out.push({ title: m[1]!.replace(/:$/, ''), query: m[2]!.trim() });
  return out;
}

/** Ten, one click away: the README's first ten. */
export const EXAMPLES: Example[] = parseExamples(readme).slice(0, 10);
