// Cypher for /api/time: the span of dated facts, and what happened between two days (captures first of all).

/** Every recorded date on entities (documents excluded) and relationships. */
export const TIME_SPAN = `
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

export const OFFENSIVE = `
MATCH (e:Event {id: $key})
RETURN e.id AS key, e.name AS name, e.date AS start, e.end_date AS end`;

/**
 * A partial date d (2024, 2024-12, 2024-12-05) overlaps [$from, $to] when d <= $to and d >= the same-length prefix
 * of $from: string order on ISO dates does the calendar work.
 */
const overlaps = (start: string, end: string) =>
  `${start} <= $to AND coalesce(${end}, ${start}) >= left($from, size(coalesce(${end}, ${start})))`;

/** Territory changes as relationships, except those a capture event at the same place and date already tells. */
export const TERRITORY_BETWEEN = `
MATCH (f:Entity)-[r:CAPTURED|WITHDREW_FROM]->(p:Place)
WHERE r.date IS NOT NULL AND ${overlaps('r.date', 'r.end')}
  AND NOT EXISTS { MATCH (e:Event {kind: 'capture'})-[:OCCURRED_IN]->(p) WHERE e.date = r.date }
RETURN r, type(r) AS relType, f, [l IN labels(f) WHERE l <> 'Entity'][0] AS actorType, p
ORDER BY r.date, r.id
LIMIT $limit`;

export const EVENTS_BETWEEN = `
MATCH (e:Event)
WHERE e.date IS NOT NULL AND ${overlaps('e.date', 'e.end_date')}
RETURN e,
  COLLECT { MATCH (a:Entity)-[pi:PARTICIPATED_IN]->(e)
            RETURN {actor: a, actorType: [l IN labels(a) WHERE l <> 'Entity'][0], role: pi.role} ORDER BY a.id } AS actors,
  COLLECT { MATCH (e)-[:OCCURRED_IN]->(pl:Place) RETURN pl ORDER BY pl.id } AS places
ORDER BY e.date, e.id
LIMIT $limit`;
