// Full-text search over names and aliases: Lucene finds candidates, then hits are ranked by the name they matched.
import type { EntityLabel, SearchHit, SearchResponse } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { FULLTEXT_INDEX, SEARCH } from '../db/cypher/search.ts';
import { luceneQuery, rankMatch } from './search-query.ts';

/** Lucene's BM25 favours entities that repeat a word across many aliases; we look at more candidates and re-rank. */
const CANDIDATES_PER_HIT = 4;

export async function readSearch(db: GraphDatabase, query: string, limit: number): Promise<SearchResponse> {
  const lucene = luceneQuery(query);
  if (!lucene) return { query, hits: [] };
  const records = await db.read(SEARCH, {
    index: FULLTEXT_INDEX,
    lucene,
    limit: Math.min(200, limit * CANDIDATES_PER_HIT),
  });
  const ranked = records.map((r) => {
    const name = r.get('name') as string;
    const kind = r.get('kind') as string | null;
    const { matched, rank } = rankMatch(query, name, r.get('aliases') as string[]);
    const hit: SearchHit = {
      key: r.get('key') as string,
      entityType: r.get('entityType') as EntityLabel,
      name,
      ...(kind ? { kind } : {}),
      matched,
      score: Math.round((r.get('score') as number) * 1000) / 1000,
    };
    return { hit, rank };
  });
  ranked.sort((a, b) => b.rank - a.rank || b.hit.score - a.hit.score);
  return { query, hits: ranked.slice(0, limit).map((r) => r.hit) };
}
