// Every date in the store, gathered by scanning it: what the span the seed keeps on the dataset's marker must equal.
// Written apart from seed/date-span.ts on purpose, as Cypher over what was actually written rather than over rows.
import type { Driver } from 'neo4j-driver';

const SCAN = `
CALL () {
  MATCH (n:Entity) WHERE NOT n:Source
  UNWIND [n.date, n.end_date, n.founded, n.dissolved, n.born, n.died] AS d
  RETURN d
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  UNWIND [r.date, r.start, r.end] AS d
  RETURN d
}
WITH d WHERE d IS NOT NULL
RETURN min(d) AS earliest, max(d) AS latest, collect(DISTINCT toInteger(left(d, 4))) AS years`;

export interface ScannedSpan {
  earliest: string | null;
  latest: string | null;
  years: number[];
}

export async function scanDateSpan(driver: Driver, database: string): Promise<ScannedSpan> {
  const { records } = await driver.executeQuery(SCAN, {}, { database });
  const r = records[0]!;
  return {
    earliest: r.get('earliest') as string | null,
    latest: r.get('latest') as string | null,
    years: (r.get('years') as unknown[]).map(Number).sort((a, b) => a - b),
  };
}

/** What the marker holds, in the same shape. */
export async function markedDateSpan(driver: Driver, database: string, dataset: string): Promise<ScannedSpan> {
  const { records } = await driver.executeQuery(
    'MATCH (d:Dataset {id: $dataset}) RETURN d.earliest_date AS earliest, d.latest_date AS latest, d.dated_years AS years',
    { dataset },
    { database },
  );
  const r = records[0]!;
  return {
    earliest: r.get('earliest') as string | null,
    latest: r.get('latest') as string | null,
    years: ((r.get('years') as unknown[] | null) ?? []).map(Number),
  };
}
