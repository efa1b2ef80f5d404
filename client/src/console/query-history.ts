// The console's history: newest first, no repeats, bounded, kept in localStorage (and surviving a broken store).

export interface HistoryEntry {
  query: string;
  params: string;
  at: string;
}

export const HISTORY_LIMIT = 30;
const KEY = 'explorer.cypher-history';

/** Adds a run at the top; the same query with the same parameters moves up instead of repeating. */
export function pushHistory(list: HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  const rest = list.filter((e) => !(e.query === entry.query && e.params === entry.params));
  return [entry, ...rest].slice(0, limit);
}

function isEntry(x: unknown): x is HistoryEntry {
  const e = x as HistoryEntry;
  return typeof e?.query === 'string' && typeof e.params === 'string' && typeof e.at === 'string';
}

export function loadHistory(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): HistoryEntry[] {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(raw) ? raw.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

export function saveHistory(
  list: HistoryEntry[],
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(KEY, JSON.stringify(list.slice(0, HISTORY_LIMIT)));
  } catch {
    // A full or forbidden store only costs the history, never the query.
  }
}
