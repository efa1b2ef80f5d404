// Timeline ordering with partial dates: vaguer dates first within their span, bounded and lineage-placed items, nothing invented.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay } from '../../seed/model/dates.ts';
import { groupsToPlace, orderTimeline, type Datable } from '../../server/graph/timeline-order.ts';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('orderTimeline', () => {
  it('orders partial dates by the first day they cover, the vaguer date first on a tie', () => {
    const { items } = orderTimeline([
      { id: 'day', date: '2016-03-05' },
      { id: 'late-month', date: '2024-12' },
      { id: 'year', date: '2016' },
      { id: 'month', date: '2016-03' },
      { id: 'november-day', date: '2024-11-30' },
      { id: 'same-year-jan', date: '2016-01-01' },
    ]);
    expect(ids(items)).toEqual(['year', 'same-year-jan', 'month', 'day', 'november-day', 'late-month']);
    expect(items.every((i) => i.placement.by === 'own-date')).toBe(true);
  });

  it('lists items known only by their end first, earliest end first, and says their start is unknown', () => {
    const { items } = orderTimeline([
      { id: 'dated', start: '2016', end: '2017' },
      { id: 'until-2024', end: '2024-12-08' },
      { id: 'until-2016', end: '2016' },
    ]);
    expect(ids(items)).toEqual(['until-2016', 'until-2024', 'dated']);
    expect(items[0]!.placement).toMatchObject({ by: 'open-start', to: '2016' });
  });

  it('places an undated item inside its containing span, after what is dated to the span’s first day', () => {
    const { items } = orderTimeline([
      { id: 'capture', date: '2024-11-29', end: '2024-11-30' },
      { id: 'assurances', within: { from: '2024-11-29', to: '2024-11-30', note: 'during Capture of Aleppo' } },
      { id: 'earlier', date: '2024-11-28' },
      { id: 'later', date: '2024-12-01' },
    ]);
    expect(ids(items)).toEqual(['earlier', 'capture', 'assurances', 'later']);
    expect(items[2]!.placement).toEqual({
      by: 'within',
      note: 'during Capture of Aleppo',
      from: '2024-11-29',
      to: '2024-11-30',
    });
    expect(items[2]).not.toHaveProperty('date');
  });

  it('puts an undated membership before the first group that came out of that group, and says why', () => {
    const descends = (newer: string, older: string) => older === 'isi' && ['nusra', 'jfs', 'hts'].includes(newer);
    const { items, undated } = orderTimeline(
      [
        { id: 'hts', group: 'hts', start: '2017', label: 'HTS' },
        {
          id: 'nusra',
          group: 'nusra',
          end: '2016',
          within: { from: '2012-01', note: 'founded 2012-01' },
          label: 'al-Nusra',
        },
        { id: 'isi', group: 'isi', label: 'ISI' },
        { id: 'jfs', group: 'jfs', start: '2016', end: '2017', label: 'JFS' },
        { id: 'iraq-war', label: 'Iraq War' },
      ],
      descends,
    );
    expect(ids(items)).toEqual(['isi', 'nusra', 'jfs', 'hts']);
    expect(items[0]!.placement).toMatchObject({ by: 'lineage' });
    expect(items[0]!.placement.note).toContain('al-Nusra');
    expect(ids(undated)).toEqual(['iraq-war']);
    expect(undated[0]!.placement.by).toBe('undated');
  });

  it('keeps every item exactly once, never adds a date, and never puts a dated item before an earlier one', () => {
    const iso = fc.oneof(
      fc.integer({ min: 2010, max: 2025 }).map(String),
      fc
        .tuple(fc.integer({ min: 2010, max: 2025 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 2010, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const item = fc.record(
      { date: iso, start: iso, end: iso, rank: fc.integer({ min: 0, max: 9 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (raw) => {
        const input: Datable[] = raw.map((r, i) => ({ ...r, id: `i${i}` }));
        const { items, undated } = orderTimeline(input);
        expect([...ids(items), ...ids(undated)].sort()).toEqual(ids(input).sort());
        for (const out of [...items, ...undated]) {
          const src = input.find((i) => i.id === out.id)!;
          expect([out.date, out.start, out.end]).toEqual([src.date, src.start, src.end]);
        }
        const starts = items.flatMap((i) => ((i.start ?? i.date) ? [firstDay((i.start ?? i.date)!)] : []));
        expect(starts).toEqual([...starts].sort());
      }),
    );
  });

  // The lineage search starts from groupsToPlace's groups only; asking about no others must not change the order.
  it('needs descent only from the groups of undated items', () => {
    const groups = ['a', 'b', 'c', 'd', 'e'];
    const item = fc.record(
      {
        group: fc.constantFrom(...groups),
        start: fc.constantFrom('2012', '2014-05'),
        end: fc.constant('2019'),
        within: fc.record({ from: fc.constant('2011'), note: fc.constant('founded') }, { requiredKeys: ['note'] }),
      },
      { requiredKeys: [] },
    );
    const pairs = fc.uniqueArray(fc.tuple(fc.constantFrom(...groups), fc.constantFrom(...groups)), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), pairs, (raw, links) => {
        const input: Datable[] = raw.map((r, i) => ({ ...r, id: `i${i}`, label: `i${i}` }));
        const descends = (newer: string, older: string) => links.some(([n, o]) => n === newer && o === older);
        const older = groupsToPlace(input, Infinity);
        // Exactly the groups of what nothing but lineage could place.
        const unplaced = orderTimeline(input).undated.flatMap((i) => (i.group ? [i.group] : []));
        expect(older).toEqual([...new Set(unplaced)].sort());
        const only = (newer: string, o: string) => older.includes(o) && descends(newer, o);
        expect(orderTimeline(input, only)).toEqual(orderTimeline(input, descends));
      }),
    );
  });

  it('lists each undated group once, in order, up to the cap', () => {
    const input: Datable[] = [
      { id: '1', group: 'nusra', start: '2012' },
      { id: '2', group: 'isi' },
      { id: '3', group: 'aqi' },
      { id: '4', group: 'isi' },
      { id: '5', group: 'jfs', within: { from: '2016', note: 'founded' } },
      { id: '6', group: 'hts', end: '2025' },
      { id: '7' },
    ];
    expect(groupsToPlace(input, 10)).toEqual(['aqi', 'isi']);
    expect(groupsToPlace(input, 1)).toEqual(['aqi']);
  });
});
