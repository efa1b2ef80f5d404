// The filter logic: types, and dates with partial-date spans (a year covers its whole year); undated stays visible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityAttributes, RelationAttributes } from '../../server/contract.ts';
import { edgeSpan, isEdgeVisible, isNodeVisible, nodeSpan, overlaps } from '../../client/src/graph/visibility.ts';
import { defaultFilters, type Filters } from '../../client/src/state/view-state.ts';

const node = (a: Partial<EntityAttributes>): EntityAttributes => ({ entityType: 'Event', name: 'x', ...a });
const edge = (a: Partial<RelationAttributes>): RelationAttributes => ({ relType: 'CAPTURED', ...a });
const between = (dateFrom: string | null, dateTo: string | null): Filters => ({ ...defaultFilters, dateFrom, dateTo });

describe('spans', () => {
  it('reads events, groups and people from their own date fields, partial dates to their full extent', () => {
    expect(nodeSpan(node({ date: '2024-12-05' }))).toEqual({ from: '2024-12-05', to: '2024-12-05' });
    expect(nodeSpan(node({ date: '2024-11-27', end_date: '2024-12' }))).toEqual({
      from: '2024-11-27',
      to: '2024-12-31',
    });
    expect(nodeSpan(node({ entityType: 'Faction', founded: '2012-01', dissolved: '2016' }))).toEqual({
      from: '2012-01-01',
      to: '2016-12-31',
    });
    expect(nodeSpan(node({ entityType: 'Faction', founded: '2017' }))).toEqual({ from: '2017-01-01', to: null });
    expect(nodeSpan(node({ entityType: 'Place', date: '2024-12-05' }))).toBeNull();
    expect(nodeSpan(node({ entityType: 'Source', date: '2024-12-10' }))).toBeNull();
    expect(nodeSpan(node({ date: 'soon' }))).toBeNull();
  });

  it('reads relationships as a moment (date) or a period (start…end, open ends open)', () => {
    expect(edgeSpan(edge({ date: '2024-12' }))).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(edgeSpan(edge({ start: '2018-05' }))).toEqual({ from: '2018-05-01', to: null });
    expect(edgeSpan(edge({ end: '2016' }))).toEqual({ from: null, to: '2016-12-31' });
    expect(edgeSpan(edge({}))).toBeNull();
  });

  it('overlap is inclusive at both ends, and a missing side of the range is open', () => {
    const s = { from: '2024-12-05', to: '2024-12-05' };
    expect(overlaps(s, '2024-12-05', '2024-12-05')).toBe(true);
    expect(overlaps(s, '2024-12-06', null)).toBe(false);
    expect(overlaps(s, null, '2024-12-04')).toBe(false);
    expect(overlaps(s, null, null)).toBe(true);
    expect(overlaps(null, '2030-01-01', '2030-01-02')).toBe(true);
  });
});

describe('visibility', () => {
  it('hides what is after the end of the range (the slider), keeps what is undated', () => {
    const f = between(null, '2024-12-04');
    expect(isNodeVisible(node({ date: '2024-12-05' }), f)).toBe(false);
    expect(isNodeVisible(node({ date: '2024-12-04' }), f)).toBe(true);
    expect(isNodeVisible(node({ entityType: 'Place' }), f)).toBe(true);
    expect(isEdgeVisible(edge({ date: '2024-12-05' }), f)).toBe(false);
    expect(isEdgeVisible(edge({ relType: 'ALLIED_WITH' }), f)).toBe(true);
  });

  it('a month-precise date is in a range touching any day of that month', () => {
    expect(isEdgeVisible(edge({ date: '2024-11' }), between('2024-11-30', '2024-12-08'))).toBe(true);
    expect(isEdgeVisible(edge({ date: '2024-11' }), between('2024-12-01', null))).toBe(false);
  });

  it('groups are hidden outside their lifetime', () => {
    const nusra = node({ entityType: 'Faction', founded: '2012-01', dissolved: '2016' });
    expect(isNodeVisible(nusra, between('2024-11-27', '2024-12-08'))).toBe(false);
    expect(isNodeVisible(nusra, between('2016-12-31', null))).toBe(true);
  });

  it('applies the type filters', () => {
    const f = {
      ...defaultFilters,
      entityTypes: defaultFilters.entityTypes.filter((t) => t !== 'Place'),
      relTypes: ['LEADS' as const],
    };
    expect(isNodeVisible(node({ entityType: 'Place' }), f)).toBe(false);
    expect(isNodeVisible(node({ entityType: 'Person' }), f)).toBe(true);
    expect(isEdgeVisible(edge({ relType: 'LEADS' }), f)).toBe(true);
    expect(isEdgeVisible(edge({ relType: 'OPPOSES' }), f)).toBe(false);
  });

  it('with no date bounds, only the types decide, whatever dates a fact carries (the reducers skip the dates)', () => {
    const date = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('2024', '2024-11', '2024-12-05', '1999-02', 'soon', ''),
      fc.string(),
    );
    // People are filtered out by type, so the type still decides for some of the nodes generated.
    const f: Filters = { ...defaultFilters, entityTypes: ['Event', 'Faction'], relTypes: ['LEADS'] };
    fc.assert(
      fc.property(
        date,
        date,
        date,
        fc.constantFrom<EntityAttributes['entityType']>('Event', 'Faction', 'Person'),
        (a, b, c, t) => {
          const n = node({ entityType: t, date: a, end_date: b, founded: a, dissolved: c, born: b, died: c });
          expect(isNodeVisible(n, f)).toBe(f.entityTypes.includes(t));
          expect(overlaps(nodeSpan(n), null, null)).toBe(true);
          expect(isEdgeVisible(edge({ relType: 'LEADS', date: a, start: b, end: c }), f)).toBe(true);
          expect(isEdgeVisible(edge({ relType: 'OPPOSES', date: a, start: b, end: c }), f)).toBe(false);
        },
      ),
    );
  });
});
