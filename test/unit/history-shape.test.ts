// The timeline's reading aids: partial dates in words, year headings, and the trail of places.
import { describe, expect, it } from 'vitest';
import type { PlaceRef, TimelineItem } from '../../server/contract.ts';
import { formatDate, formatSpan, itemWhen } from '../../client/src/history/date-format.ts';
import { placeTrail, withHeadings } from '../../client/src/history/timeline-shape.ts';
import { itemVerb } from '../../client/src/history/timeline-wording.ts';

const place = (key: string): PlaceRef => ({ key, name: key, entityType: 'Place' });
const item = (id: string, over: Partial<TimelineItem> = {}): TimelineItem => ({
  id,
  relationship: null,
  places: [],
  disputed: false,
  placement: { by: 'own-date' },
  ...over,
});

describe('partial dates in words', () => {
  it('says a year, a month or a day as precisely as recorded, never more', () => {
    expect(formatDate('2016')).toBe('2016');
    expect(formatDate('2012-01')).toBe('Jan 2012');
    expect(formatDate('2024-12-05')).toBe('5 Dec 2024');
    expect(formatSpan('2024-11-29', '2024-11-30')).toBe('29–30 Nov 2024');
    expect(formatSpan('2016', '2017')).toBe('2016 – 2017');
  });

  it('says open ends and bounds as such', () => {
    expect(itemWhen(item('a', { end: '2016' }))).toBe('until 2016');
    expect(itemWhen(item('b', { start: '2017' }))).toBe('since 2017');
    expect(itemWhen(item('c', { placement: { by: 'within', from: '2024-11-29', to: '2024-11-30' } }))).toBe(
      'within 29–30 Nov 2024',
    );
    expect(itemWhen(item('d', { placement: { by: 'lineage' } }))).toBe('undated');
  });
});

describe('year headings', () => {
  it('heads each new year once, puts open starts under their own heading, and gives undated rows none', () => {
    const rows = withHeadings([
      item('qaeda', { end: '2016', placement: { by: 'open-start' } }),
      item('isi', { placement: { by: 'lineage' } }),
      item('nusra', { placement: { by: 'within', from: '2012-01' } }),
      item('jfs', { start: '2016' }),
      item('jfs-end', { date: '2016-06' }),
      item('hts', { date: '2017' }),
    ]);
    expect(rows.map((r) => r.heading)).toEqual(['Start not recorded', null, '2012', '2016', null, '2017']);
  });
});

describe('the trail of places', () => {
  it('follows rows with exactly one place, counting a repeat once, so Assad’s ends in Moscow', () => {
    const trail = placeTrail([
      item('flight', { places: [place('damascus'), place('khmeimim'), place('moscow')] }),
      item('to-khmeimim', { places: [place('khmeimim')] }),
      item('to-moscow', { places: [place('moscow')] }),
      item('again', { places: [place('moscow')] }),
      item('statement'),
    ]);
    expect(trail.map((s) => s.place.key)).toEqual(['khmeimim', 'moscow']);
  });
});

describe('wording', () => {
  it('reads a relationship from the entity whose history it is', () => {
    const rel = (direction: 'in' | 'out') => ({ key: 'k', relType: 'LEADS' as const, direction });
    expect(itemVerb({ relationship: rel('out') })).toBe('Leader of');
    expect(itemVerb({ relationship: rel('in') })).toBe('Led by');
    expect(itemVerb({ relationship: null, property: 'founded' })).toBe('Founded');
  });
});
