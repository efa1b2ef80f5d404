// Turns what a person typed into a Lucene query (exact, prefix and typo-tolerant) and ranks hits by the name they matched.
import { distance } from 'fastest-levenshtein';
import { nameIdentity, normalizeName } from '../../seed/model/normalize-name.ts';
import type { SearchHit } from '../contract.ts';

/** Typos allowed grow with word length: none for short words, where a fuzzy match is mostly noise. */
function editsAllowed(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

function terms(input: string): string[] {
  return normalizeName(input).split(' ').filter(Boolean).slice(0, 8);
}

/**
 * The stop words of the index's analyzer (standard-folding), which it never stores: "of" required in "Islamic State of
 * Iraq" matched nothing at all. An integration test checks this list against the analyzer's own.
 */
export const INDEX_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * normalizeName leaves only letters, digits and spaces, and lower-cases everything, so no Lucene syntax
 * (quotes, brackets, AND/OR, wildcards) can survive from the input.
 */
export function luceneQuery(input: string): string | null {
  const ts = terms(input);
  if (ts.length === 0) return null;
  const kept = ts.filter((t) => !INDEX_STOP_WORDS.has(t));
  // Nothing but stop words ("the", "of"): each may still be the start of a longer word being typed.
  if (!kept.length) return ts.map((t) => `${t}*^2`).join(' OR ');
  return kept
    .map((t) => {
      const fuzzy = editsAllowed(t) ? ` OR ${t}~${editsAllowed(t)}` : '';
      return `(${t}^4 OR ${t}*^2${fuzzy})`;
    })
    .join(' AND ');
}

type How = SearchHit['matched']['how'];
const RANK: Record<How, number> = { exact: 3, prefix: 2, fuzzy: 1, partial: 0 };

function termMatch(term: string, word: string): How | null {
  if (word === term) return 'exact';
  if (word.startsWith(term)) return 'prefix';
  if (editsAllowed(term) && distance(term, word) <= editsAllowed(term)) return 'fuzzy';
  return null;
}

export interface RankedMatch {
  matched: SearchHit['matched'];
  /** Higher is better: the whole name typed, then every word exact, then prefixes, then typos. */
  rank: number;
}

/** The name or alias that best explains the hit, and how good a match it is. */
export function rankMatch(input: string, name: string, aliases: string[]): RankedMatch {
  const ts = terms(input);
  const typed = nameIdentity(input);
  let best: RankedMatch = { matched: { field: 'name', value: name, how: 'partial' }, rank: -Infinity };
  for (const [field, value] of [['name', name] as const, ...aliases.map((a) => ['alias', a] as const)]) {
    const words = normalizeName(value).split(' ');
    const matches = ts.map((t) =>
      words.map((w) => termMatch(t, w)).reduce<How | null>((b, h) => (h && (!b || RANK[h] > RANK[b]) ? h : b), null),
    );
    const worst: How = matches.every(Boolean) ? matches.reduce((w, m) => (RANK[m!] < RANK[w!] ? m : w))! : 'partial';
    const whole = nameIdentity(value) === typed ? 1 : 0;
    // Tier first (whole name, then the weakest word's match), then the share of words typed, then field (name wins ties).
    const rank =
      whole * 1000 +
      RANK[worst] * 100 +
      (ts.length / Math.max(words.length, ts.length)) * 10 +
      (field === 'name' ? 1 : 0);
    if (rank > best.rank) best = { matched: { field, value, how: whole ? 'exact' : worst }, rank };
  }
  return best;
}

export function explainMatch(input: string, name: string, aliases: string[]): SearchHit['matched'] {
  return rankMatch(input, name, aliases).matched;
}
