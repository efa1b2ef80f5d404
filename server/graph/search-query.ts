// Turns what a person typed into a Lucene query (exact, prefix and typo-tolerant) and explains which name matched.
import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../../seed/model/normalize-name.ts';
import type { SearchHit } from '../contract.ts';

/** Typos allowed grow with word length: none for short words, where a fuzzy match is mostly noise. */
function editsAllowed(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * normalizeName leaves only letters, digits and spaces, and lower-cases everything, so no Lucene syntax
 * (quotes, brackets, AND/OR, wildcards) can survive from the input.
 */
export function luceneQuery(input: string): string | null {
  const terms = normalizeName(input).split(' ').filter(Boolean).slice(0, 8);
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      const fuzzy = editsAllowed(t) ? ` OR ${t}~${editsAllowed(t)}` : '';
      return `(${t}^4 OR ${t}*^2${fuzzy})`;
    })
    .join(' AND ');
}

type How = SearchHit['matched']['how'];

function termMatch(term: string, word: string): How | null {
  if (word === term) return 'exact';
  if (word.startsWith(term)) return 'prefix';
  if (editsAllowed(term) && distance(term, word) <= editsAllowed(term)) return 'fuzzy';
  return null;
}

const RANK: Record<How, number> = { exact: 3, prefix: 2, fuzzy: 1, partial: 0 };

/** The name or alias that best explains the hit, scored by how well each typed word matched one of its words. */
export function explainMatch(input: string, name: string, aliases: string[]): SearchHit['matched'] {
  const terms = normalizeName(input).split(' ').filter(Boolean);
  let best: SearchHit['matched'] = { field: 'name', value: name, how: 'partial' };
  let bestScore = -1;
  for (const [field, value] of [['name', name] as const, ...aliases.map((a) => ['alias', a] as const)]) {
    const words = normalizeName(value).split(' ');
    const matches = terms.map((t) => words.map((w) => termMatch(t, w)).reduce<How | null>((b, h) => (h && (!b || RANK[h] > RANK[b]) ? h : b), null));
    const score = matches.reduce((s, m) => s + (m ? RANK[m] : 0), 0) * 10 - Math.abs(words.length - terms.length);
    if (score > bestScore) {
      bestScore = score;
      const worst = matches.every(Boolean) ? matches.reduce((w, m) => (RANK[m!] < RANK[w!] ? m : w))! : 'partial';
      best = { field, value, how: worst };
    }
  }
  return best;
}
