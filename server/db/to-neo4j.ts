// The other direction of the conversion edge: JavaScript whole numbers go to Neo4j as Integers (LIMIT 10, not 10.0).
import neo4j from 'neo4j-driver';

export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}
