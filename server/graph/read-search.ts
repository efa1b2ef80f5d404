// Full-text search over names and aliases, each hit explained by the name it matched.
import type { EntityLabel, SearchResponse } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { FULLTEXT_INDEX, SEARCH } from '../db/queries.ts';
import { explainMatch, luceneQuery } from './search-query.ts';

export async function readSearch(db: GraphDatabase, query: string, limit: number): Promise<SearchResponse> {
  const lucene = luceneQuery(query);
  if (!lucene) return { query, hits: [] };
  const records = await db.read(SEARCH, { index: FULLTEXT_INDEX, lucene, limit });
  return {
    query,
    hits: records.map((r) => {
      const name = r.get('name') as string;
      const kind = r.get('kind') as string | null;
      return {
        key: r.get('key') as string,
        entityType: r.get('entityType') as EntityLabel,
        name,
        ...(kind ? { kind } : {}),
        matched: explainMatch(query, name, r.get('aliases') as string[]),
        score: Math.round((r.get('score') as number) * 1000) / 1000,
      };
    }),
  };
}
