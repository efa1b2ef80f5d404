// The conversion edge: driver Integers, temporals and points become plain JSON, both ways.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../server/db/to-plain.ts';
import { toNeo4j } from '../../server/db/to-neo4j.ts';

describe('toPlain', () => {
  it('turns Integers into numbers, and huge ones into strings rather than losing digits', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('turns temporals into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2024, 12, 8))).toBe('2024-12-08');
    expect(toPlain(new neo4j.types.DateTime(2024, 12, 8, 6, 30, 0, 0, 0))).toBe('2024-12-08T06:30:00Z');
  });

  it('recurses into lists and maps, and keeps JSON-safe numbers', () => {
    expect(toPlain({ a: [neo4j.int(1), 2.5], b: { c: null } })).toEqual({ a: [1, 2.5], b: { c: null } });
    expect(toPlain(Number.NaN)).toBe('NaN');
  });

  it('turns nodes into dataset-keyed objects and resolves relationship ends through them', () => {
    const keyOf = new Map<string, string>();
    const node = new neo4j.types.Node(neo4j.int(1), ['Person', 'Entity'], { id: 'al-jolani', name: 'x' }, 'el-1');
    const other = new neo4j.types.Node(neo4j.int(2), ['Faction', 'Entity'], { id: 'hts' }, 'el-2');
    const rel = new neo4j.types.Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(2),
      'LEADS',
      { id: 'r1' },
      'el-3',
      'el-1',
      'el-2',
    );
    expect(toPlain(node, keyOf)).toMatchObject({ key: 'al-jolani', labels: ['Person', 'Entity'] });
    toPlain(other, keyOf);
    expect(toPlain(rel, keyOf)).toMatchObject({ key: 'r1', type: 'LEADS', source: 'al-jolani', target: 'hts' });
  });
});

describe('toNeo4j', () => {
  it('sends whole numbers as Integers and leaves the rest', () => {
    const out = toNeo4j({ limit: 10, ratio: 0.5, keys: ['a'], nested: { n: 3 } }) as Record<string, unknown>;
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(out.ratio).toBe(0.5);
    expect(neo4j.isInt((out.nested as Record<string, unknown>).n)).toBe(true);
  });
});
