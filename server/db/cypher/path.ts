// Cypher for /api/path: all shortest connections between two entities, optionally only through facts valid on a day.
import { LABEL_OF } from './labels.ts';

export const PATH_MAX_HOPS = 6;

/**
 * True when the span start…end (ISO dates, partial allowed) contains $day: a partial start counts from its first day
 * ('2017' <= day), a partial end to its last (left(day, 4) <= '2017'); a missing side is open.
 */
const coversDay = (start: string, end: string) =>
  `(${start} IS NULL OR ${start} <= $day) AND (${end} IS NULL OR left($day, size(${end})) <= ${end})`;

/** Relationships: `date` is a moment, start/end a period. Entities: events last date…end_date, groups and people live founded/born…dissolved/died. */
const REL_ON_DAY = coversDay('coalesce(r.start, r.date)', 'coalesce(r.end, r.date)');
const NODE_ON_DAY = coversDay(
  'coalesce(y.date, y.founded, y.born)',
  'coalesce(y.end_date, y.date, y.dissolved, y.died)',
);

export const PATH_ENDPOINTS = `
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN a, ${LABEL_OF('a')} AS fromType, b, ${LABEL_OF('b')} AS toType`;

/**
 * Neo4j 5's ALL SHORTEST over a quantified path whose every step passes the type and date tests, so the search itself
 * skips what is filtered out. Hop bounds cannot be parameters: one statement per maximum.
 */
const paths = (max: number) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) ((x:Entity)-[r]-(y:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ($day IS NULL OR (${REL_ON_DAY} AND ${NODE_ON_DAY}))){1,${max}} (b)
RETURN [n IN nodes(p) | {n: n, entityType: ${LABEL_OF('n')}}] AS nodes,
       [rel IN relationships(p) | {r: rel, source: startNode(rel).id, target: endNode(rel).id}] AS rels
LIMIT $limit`;

export const PATHS: Record<number, string> = Object.fromEntries(
  Array.from({ length: PATH_MAX_HOPS }, (_, i) => [i + 1, paths(i + 1)]),
);
