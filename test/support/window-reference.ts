// What a window of days should show, worked out apart from the server's Cypher: every dated territory change and event
// read whole, and overlap decided in TypeScript on calendar intervals (a partial date covers its whole month or year).
import type { Driver } from 'neo4j-driver';

/** The first and last day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) covers. */
export function daysOf(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  return [date, date];
}

const overlap = (start: string, end: string | null, from: string, to: string) =>
  daysOf(start)[0] <= to && daysOf(end ?? start)[1] >= from;

/** The first `limit` by date then key, as the window's statements order and cut them. */
const firstByDate = (items: { id: string; date: string }[], limit: number) =>
  items
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.id)
    .sort();

export interface WindowFacts {
  changes: { id: string; date: string; end: string | null; place: string }[];
  events: { id: string; date: string; end: string | null; kind: string; places: string[] }[];
}

export async function readWindowFacts(driver: Driver, database: string): Promise<WindowFacts> {
  const q = (text: string) =>
    driver.executeQuery(text, {}, { database }).then((r) => r.records.map((x) => x.toObject()));
  const changes = await q(`MATCH (:Entity)-[r:CAPTURED|WITHDREW_FROM]->(p:Place) WHERE r.date IS NOT NULL
    RETURN r.id AS id, r.date AS date, r.end AS end, p.id AS place`);
  const events = await q(`MATCH (e:Event) WHERE e.date IS NOT NULL
    RETURN e.id AS id, e.date AS date, e.end_date AS end, e.kind AS kind, [(e)-[:OCCURRED_IN]->(p:Place) | p.id] AS places`);
  return { changes, events } as unknown as WindowFacts;
}

/** Keys of the territory changes (less those a capture event at the same place and day tells) and of the events. */
export function windowKeys(facts: WindowFacts, from: string, to: string, limit: number) {
  const told = new Set(
    facts.events.filter((e) => e.kind === 'capture').flatMap((e) => e.places.map((p) => `${p} ${e.date}`)),
  );
  return {
    changes: firstByDate(
      facts.changes.filter((c) => overlap(c.date, c.end, from, to) && !told.has(`${c.place} ${c.date}`)),
      limit,
    ),
    events: firstByDate(
      facts.events.filter((e) => overlap(e.date, e.end, from, to)),
      limit,
    ),
  };
}
