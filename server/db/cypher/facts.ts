// Cypher for POST /api/facts: the facts in a view with their provenance lists, and the documents they cite.
import { LABEL_OF } from './labels.ts';

export const FACT_NODES = `
MATCH (n:Entity) WHERE n.id IN $keys
RETURN n, ${LABEL_OF('n')} AS entityType`;

/** Relationships are reached from their start node (always in the view with them): an index seek, not a scan. */
export const FACT_EDGES = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $nodeKeys AND r.id IN $keys
RETURN r, type(r) AS relType, a.name AS subject, b.name AS object`;

export const FACT_SOURCES = `
MATCH (s:Source) WHERE s.id IN $ids
RETURN s`;
