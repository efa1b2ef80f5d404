// recordFromRows puts an answer sent as rows (cypher/as-rows.ts) back into one record-like view.
import { Record as Neo4jRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { HEAD_PART } from '../../server/db/cypher/as-rows.ts';
import { recordFromRows } from '../../server/db/record-from-rows.ts';

const row = (part: string, item: unknown) => new Neo4jRecord(['part', 'item'], [part, item]);

describe('recordFromRows', () => {
  it('gives the head values and each list in the order its rows came', () => {
    const rec = recordFromRows(
      [row(HEAD_PART, { total: 3, c: 'hts' }), row('kept', 'a'), row('edges', 1), row('kept', 'b'), row('kept', 'c')],
      ['kept', 'edges'],
    )!;
    expect(rec.get('total')).toBe(3);
    expect(rec.get('c')).toBe('hts');
    expect(rec.get('kept')).toEqual(['a', 'b', 'c']);
    expect(rec.get('edges')).toEqual([1]);
  });

  it('gives an empty list when no row carried it, and keeps a null head value', () => {
    const rec = recordFromRows([row(HEAD_PART, { degreeByType: null })], ['kept'])!;
    expect(rec.get('kept')).toEqual([]);
    expect(rec.get('degreeByType')).toBeNull();
  });

  it('is null when the statement found nothing', () => {
    expect(recordFromRows([], ['kept'])).toBeNull();
  });

  it('throws on a key the statement never returned, as a driver record does', () => {
    const rec = recordFromRows([row(HEAD_PART, { total: 1 })], ['kept'])!;
    expect(() => rec.get('totl')).toThrow(/no "totl"/);
  });

  it('refuses rows without a head: the statement is not one asRows ended', () => {
    expect(() => recordFromRows([row('kept', 'a')], ['kept'])).toThrow(/no head row/);
  });
});
