// Cypher for /api/time: the span of dated facts, and what happened between two days (captures first of all).

/**
 * The span of every recorded date (entities but documents, and relationships), which the seed keeps on the dataset's
 * marker (seed/date-span.ts): one index seek, where gathering it took seconds at 100k nodes.
 */
export const TIME_SPAN = `
MATCH (d:Dataset) WHERE d.id IN ['story', 'synthetic']
WITH d ORDER BY d.id LIMIT 1
RETURN d.earliest_date AS earliest, d.latest_date AS latest, d.dated_years AS years`;

export const OFFENSIVE = `
MATCH (e:Event {id: $key})
RETURN e.id AS key, e.name AS name, e.date AS start, e.end_date AS end`;

/**
 * A partial date d (2024, 2024-12, 2024-12-05) overlaps [$from, $to] when d <= $to and d >= the same-length prefix
 * of $from: string order on ISO dates does the calendar work.
 */
const overlaps = (start: string, end: string) =>
  `${start} <= $to AND coalesce(${end}, ${start}) >= left($from, size(coalesce(${end}, ${start})))`;

/** What a happening needs of an actor and of a place: not their provenance, which made a busy day's answer megabytes. */
const ACTOR = (v: string) => `${v} {.id, .name, .kind}`;
const PLACE = (v: string) => `${v} {.id, .name, .kind, .lat, .lon}`;

/** Territory changes as relationships, except those a capture event at the same place and date already tells. */
export const TERRITORY_BETWEEN = `
MATCH (f:Entity)-[r:CAPTURED|WITHDREW_FROM]->(p:Place)
WHERE r.date IS NOT NULL AND ${overlaps('r.date', 'r.end')}
  AND NOT EXISTS { MATCH (e:Event {kind: 'capture'})-[:OCCURRED_IN]->(p) WHERE e.date = r.date }
WITH f, r, p ORDER BY r.date, r.id LIMIT $limit
RETURN r {.id, .date, .end, .disputed} AS r, type(r) AS relType, ${ACTOR('f')} AS f,
  [l IN labels(f) WHERE l <> 'Entity'][0] AS actorType, ${PLACE('p')} AS p`;

/**
 * The window's events, each with its first $perHappening participants and places and how many it has in all: a hub
 * event of the scale dataset has thousands.
 */
export const EVENTS_BETWEEN = `
MATCH (e:Event)
WHERE e.date IS NOT NULL AND ${overlaps('e.date', 'e.end_date')}
WITH e ORDER BY e.date, e.id LIMIT $limit
RETURN e {.id, .name, .kind, .date, .end_date, .disputed} AS e,
  COLLECT { MATCH (a:Entity)-[pi:PARTICIPATED_IN]->(e)
            RETURN {actor: ${ACTOR('a')}, actorType: [l IN labels(a) WHERE l <> 'Entity'][0], role: pi.role}
            ORDER BY a.id LIMIT $perHappening } AS actors,
  COUNT { (:Entity)-[:PARTICIPATED_IN]->(e) } AS actorCount,
  COLLECT { MATCH (e)-[:OCCURRED_IN]->(pl:Place) RETURN ${PLACE('pl')} ORDER BY pl.id LIMIT $perHappening } AS places,
  COUNT { (e)-[:OCCURRED_IN]->(:Place) } AS placeCount`;
