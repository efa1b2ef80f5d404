// The one edge where driver values (Integers, temporals, points, nodes, relationships, paths) become plain JSON.
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

/** A graph element seen from outside: keyed by the dataset id, never by Neo4j's element id. */
export interface PlainNode {
  __node: true;
  key: string;
  labels: string[];
  properties: Record<string, Plain>;
}
export interface PlainRelationship {
  __relationship: true;
  key: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, Plain>;
}

function props(p: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(p)) out[k] = toPlain(v);
  return out;
}

/**
 * Relationship endpoints are only known by element id inside one result, so callers pass the map from element id
 * to dataset id that they built from the nodes of the same record set.
 */
export function toPlain(value: unknown, keyOf?: Map<string, string>): Plain {
  if (value === null || value === undefined) return null;
  // Most values are strings: no driver type is a primitive, so they skip the eleven type checks below (measured: those
  // checks were a sixth of the CPU time of building a 400-item timeline).
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isPoint(value)) {
    const p = value as { x: number; y: number; z?: number; srid: unknown };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (neo4j.isNode(value)) {
    const n = value as { properties: Record<string, unknown>; labels: string[]; elementId: string };
    const key = typeof n.properties.id === 'string' ? n.properties.id : n.elementId;
    keyOf?.set(n.elementId, key);
    return { __node: true, key, labels: n.labels, properties: props(n.properties) } satisfies PlainNode;
  }
  if (neo4j.isRelationship(value)) {
    const r = value as {
      type: string;
      properties: Record<string, unknown>;
      elementId: string;
      startNodeElementId: string;
      endNodeElementId: string;
    };
    return {
      __relationship: true,
      key: typeof r.properties.id === 'string' ? r.properties.id : r.elementId,
      type: r.type,
      source: keyOf?.get(r.startNodeElementId) ?? r.startNodeElementId,
      target: keyOf?.get(r.endNodeElementId) ?? r.endNodeElementId,
      properties: props(r.properties),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value)) {
    const path = value as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    const nodes = [toPlain(path.start, keyOf), ...path.segments.map((s) => toPlain(s.end, keyOf))];
    return { __path: true, nodes, relationships: path.segments.map((s) => toPlain(s.relationship, keyOf)) };
  }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, keyOf));
  if (typeof value === 'object') return props(value as Record<string, unknown>);
  return value as Plain;
}
