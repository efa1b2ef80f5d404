// Puts a statement's answer back together from the rows asRows (cypher/as-rows.ts) sent it as: one record-like view.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { HEAD_PART } from './cypher/as-rows.ts';

/** What readers take from one record: a value by its key. */
export interface RecordView {
  get(key: string): unknown;
}

/**
 * The head's values and each named list (empty when no row carried it); null when the statement returned no rows
 * (its MATCH found nothing). An unknown key throws, as a driver record's get does, so a misspelt key is not [].
 */
export function recordFromRows(records: Neo4jRecord[], lists: readonly string[]): RecordView | null {
  if (!records.length) return null;
  const gathered = new Map<string, unknown[]>(lists.map((n) => [n, []]));
  let head: Record<string, unknown> | undefined;
  for (const r of records) {
    const part = r.get('part') as string;
    if (part === HEAD_PART) head = r.get('item') as Record<string, unknown>;
    else gathered.get(part)?.push(r.get('item'));
  }
  if (!head) throw new Error('The statement sent no head row.');
  const values = head;
  return {
    get(key) {
      const list = gathered.get(key);
      if (list) return list;
      if (!(key in values)) throw new Error(`The statement returned no "${key}".`);
      return values[key];
    },
  };
}
