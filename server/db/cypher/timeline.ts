// Cypher for /api/nodes/:key/timeline: the dated relationships of one entity, with the places and containing events that date them.
import { LABEL_OF } from './labels.ts';

export const TIMELINE_ENTITY = `
MATCH (c:Entity {id: $key})
RETURN c, ${LABEL_OF('c')} AS entityType`;

/**
 * The entity's relationships of the given types in each direction (types are values from the closed list, passed as
 * parameters). Alignments count only when dated. An undated event brings the nearest dated event it is part of.
 */
export const TIMELINE_RELATIONSHIPS = `
MATCH (c:Entity {id: $key})-[r]-(o:Entity)
WHERE NOT o:Source
WITH c, r, o, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction
WHERE ((direction = 'out' AND type(r) IN $outTypes) OR (direction = 'in' AND type(r) IN $inTypes))
  AND (NOT type(r) IN $datedOnly OR coalesce(r.date, r.start, r.end) IS NOT NULL)
WITH r, o, direction
ORDER BY coalesce(r.date, r.start, o.date, r.end, '9999'), r.id
LIMIT $limit
RETURN r, direction, o, ${LABEL_OF('o')} AS otherType,
  CASE WHEN o:Event THEN COLLECT { MATCH (o)-[oc:OCCURRED_IN]->(pl:Place) RETURN {place: pl, rel: oc} ORDER BY pl.id } ELSE [] END AS places,
  CASE WHEN o:Event AND o.date IS NULL
    THEN COLLECT { MATCH (o)-[:PART_OF]->{1,2}(parent:Event) WHERE parent.date IS NOT NULL RETURN parent LIMIT 1 }
    ELSE [] END AS parents`;

/** Captures and other milestones within the operations a person commanded or led, unless they took part directly. */
export const PERSON_OPERATION_MILESTONES = `
MATCH (c:Person {id: $key})-[pr:PARTICIPATED_IN]->(op:Event)
WHERE op.kind IN $operationKinds AND any(w IN $commandWords WHERE toLower(coalesce(pr.role, '')) CONTAINS w)
MATCH (e:Event)-[:PART_OF]->{1,2}(op)
WHERE e.kind IN $milestoneKinds AND e.date IS NOT NULL AND NOT (c)-[:PARTICIPATED_IN]->(e)
WITH DISTINCT e, op, pr
ORDER BY e.date, e.id
LIMIT $limit
RETURN e, op.id AS via, op.name AS viaName, pr.role AS viaRole,
  COLLECT { MATCH (e)-[oc:OCCURRED_IN]->(pl:Place) RETURN {place: pl, rel: oc} ORDER BY pl.id } AS places`;

/** Events in the places inside a place (a city's neighbourhoods, a governorate's towns). */
export const PLACE_EVENTS_WITHIN = `
MATCH (c:Place {id: $key})<-[:LOCATED_IN]-{1,3}(sub:Place)<-[r:OCCURRED_IN]-(e:Event)
WITH DISTINCT r, e, sub
ORDER BY coalesce(e.date, '9999'), e.id
LIMIT $limit
RETURN r, e, sub,
  CASE WHEN e.date IS NULL
    THEN COLLECT { MATCH (e)-[:PART_OF]->{1,2}(parent:Event) WHERE parent.date IS NOT NULL RETURN parent LIMIT 1 }
    ELSE [] END AS parents`;
