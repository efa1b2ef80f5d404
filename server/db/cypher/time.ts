// Cypher for /api/time: the span of dated facts, and what happened between two days (captures first of all).
import { TERRITORY_CHANGES } from '../../../seed/model/relationship-types.ts';
import { LABEL_OF } from './labels.ts';

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

/**
 * Where a fact that may overlap [$from, $to] is found by one index seek each (`overlaps` then decides): a start from
 * $from to $to, a start that is $from's own year or month (partial dates that sort before it), or an end from $from
 * on, or one of those prefixes. The date indexes are in seed/cypher.ts. At 100k nodes one day read 1,634 territory
 * changes this way where walking every place read 45,736, and 4,200 events where a seek up to $to read 35,911.
 */
const FROM_PREFIXES = '[left($from, 4), left($from, 7)]';
const DATE_SEEKS = (v: string, start: string, end: string) => [
  { on: start, where: `${v}.${start} >= $from AND ${v}.${start} <= $to` },
  { on: start, where: `${v}.${start} IN ${FROM_PREFIXES}` },
  { on: end, where: `${v}.${end} >= $from` },
  { on: end, where: `${v}.${end} IN ${FROM_PREFIXES}` },
];

/** A pattern whose variable `v` (`(e:Event)`, or `r` in `()-[r:CAPTURED]->()`) has date indexes under `labelOrType`. */
interface DatedPattern {
  match: string;
  v: string;
  labelOrType: string;
}

/**
 * `CALL () { MATCH … WHERE <seek> RETURN … UNION … }` over every pattern and seek: each candidate once. The hints keep
 * each branch a seek: on a small store the planner would otherwise read a whole (small) index and filter it.
 */
const CANDIDATES = (patterns: readonly DatedPattern[], start: string, end: string, returns: string) => `CALL () {
  ${patterns
    .flatMap(({ match, v, labelOrType }) =>
      DATE_SEEKS(v, start, end).map(
        ({ on, where }) =>
          `MATCH ${match} USING INDEX SEEK ${v}:${labelOrType}(${on}) WHERE ${where} RETURN ${returns}`,
      ),
    )
    .join('\n  UNION\n  ')}
}`;

/**
 * Territory changes as relationships, except those a capture event at the same place and date already tells. Those
 * events are found by the changes' dates (an index seek on kind and date), then matched to the changes by grouping on
 * place and date, a hash join. Asking each change's place for its events read 141,000 of them for one day at 100k
 * nodes (hub places have thousands); testing each change against a list of them took ~2 s for two months.
 */
const TERRITORY_CANDIDATES = CANDIDATES(
  TERRITORY_CHANGES.map((t) => ({ match: `(f:Entity)-[r:${t}]->(p:Place)`, v: 'r', labelOrType: t })),
  'date',
  'end',
  'f, r, p',
);
const IN_WINDOW = overlaps('r.date', 'r.end');

export const TERRITORY_BETWEEN = `
${TERRITORY_CANDIDATES}
WITH r WHERE r.date IS NOT NULL AND ${IN_WINDOW}
WITH collect(DISTINCT r.date) AS dates
CALL (dates) {
  ${TERRITORY_CANDIDATES}
  WITH f, r, p WHERE r.date IS NOT NULL AND ${IN_WINDOW}
  RETURN p.id AS place, r.date AS date,
    {r: r {.id, .date, .end, .disputed}, relType: type(r), f: ${ACTOR('f')},
     actorType: ${LABEL_OF('f')}, p: ${PLACE('p')}} AS change
  UNION ALL
  MATCH (e:Event)-[:OCCURRED_IN]->(pl:Place) WHERE e.kind = 'capture' AND e.date IN dates
  RETURN pl.id AS place, e.date AS date, null AS change
}
WITH place, date, collect(change) AS changes, count(*) - count(change) AS told
WHERE told = 0
UNWIND changes AS c
WITH c ORDER BY c.r.date, c.r.id LIMIT $limit
RETURN c.r AS r, c.relType AS relType, c.f AS f, c.actorType AS actorType, c.p AS p`;

/**
 * The window's events, each with its first $perHappening participants and places and how many it has in all: a hub
 * event of the scale dataset has thousands.
 */
export const EVENTS_BETWEEN = `
${CANDIDATES([{ match: '(e:Event)', v: 'e', labelOrType: 'Event' }], 'date', 'end_date', 'e')}
WITH e
WHERE e.date IS NOT NULL AND ${overlaps('e.date', 'e.end_date')}
WITH e ORDER BY e.date, e.id LIMIT $limit
RETURN e {.id, .name, .kind, .date, .end_date, .disputed} AS e,
  COLLECT { MATCH (a:Entity)-[pi:PARTICIPATED_IN]->(e)
            RETURN {actor: ${ACTOR('a')}, actorType: ${LABEL_OF('a')}, role: pi.role}
            ORDER BY a.id LIMIT $perHappening } AS actors,
  COUNT { (:Entity)-[:PARTICIPATED_IN]->(e) } AS actorCount,
  COLLECT { MATCH (e)-[:OCCURRED_IN]->(pl:Place) RETURN ${PLACE('pl')} ORDER BY pl.id LIMIT $perHappening } AS places,
  COUNT { (e)-[:OCCURRED_IN]->(:Place) } AS placeCount`;
