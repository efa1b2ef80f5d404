// The date slider's stops, the day-by-day playback (fake timers), and what a day of playback lists.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatedHappening, TimeSpanResponse } from '../../server/contract.ts';
import { dateStops, daysBetween, stopIndexFor } from '../../client/src/time/date-stops.ts';
import { summariseDay } from '../../client/src/time/day-happenings.ts';
import { Playback } from '../../client/src/time/playback.ts';

const span: TimeSpanResponse = {
  earliest: '1982',
  latest: '2024-12-16',
  offensive: { key: 'op', name: 'Op', start: '2024-11-27', end: '2024-12-08' },
  years: [1982, 2011, 2017],
};

describe('date stops', () => {
  it('has a stop per earlier year, the eve of the offensive, then one per offensive day', () => {
    const stops = dateStops(span);
    expect(stops.map((s) => s.day)).toEqual([
      '1982-12-31',
      '2011-12-31',
      '2017-12-31',
      '2024-11-26',
      ...daysBetween('2024-11-27', '2024-12-08'),
    ]);
    expect(stops.filter((s) => s.offensive)).toHaveLength(12);
    expect(stops.at(-1)!.label).toBe('8 Dec 2024');
  });

  it('crosses month ends and finds the stop for a filter date', () => {
    expect(daysBetween('2024-11-29', '2024-12-02')).toEqual(['2024-11-29', '2024-11-30', '2024-12-01', '2024-12-02']);
    const stops = dateStops(span);
    expect(stops[stopIndexFor(stops, '2015-06-01')]!.day).toBe('2017-12-31');
    expect(stopIndexFor(stops, null)).toBe(stops.length - 1);
  });
});

describe('playback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first day at once, one more each interval, and stops on the last', () => {
    const shown: string[] = [];
    const states: boolean[] = [];
    const p = new Playback({
      days: ['d1', 'd2', 'd3'],
      intervalMs: 1000,
      onDay: (d) => shown.push(d),
      onPlaying: (x) => states.push(x),
    });
    p.play();
    expect(shown).toEqual(['d1']);
    vi.advanceTimersByTime(999);
    expect(shown).toEqual(['d1']);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['d1', 'd2']);
    vi.advanceTimersByTime(5000);
    expect(shown).toEqual(['d1', 'd2', 'd3']);
    expect(p.playing).toBe(false);
    expect(states).toEqual([true, false]);
  });

  it('pauses and resumes where it was, steps by hand within bounds, and replays from the start at the end', () => {
    const shown: string[] = [];
    const p = new Playback({ days: ['d1', 'd2', 'd3', 'd4'], intervalMs: 100, onDay: (d) => shown.push(d) });
    p.play();
    vi.advanceTimersByTime(100);
    p.pause();
    vi.advanceTimersByTime(1000);
    expect(p.day).toBe('d2');
    p.step(-1);
    p.step(-1);
    expect(p.day).toBe('d1');
    p.goTo('d3');
    p.play();
    vi.advanceTimersByTime(100);
    expect(p.day).toBe('d4');
    expect(p.playing).toBe(false);
    p.play();
    expect(p.day).toBe('d1');
    p.toggle();
    expect(p.playing).toBe(false);
  });
});

describe('a day of playback', () => {
  const h = (key: string, kind: DatedHappening['kind'], date: string, end?: string): DatedHappening => ({
    select: { kind: 'node', key },
    kind,
    date,
    ...(end ? { end } : {}),
    actors: [],
    actorCount: 0,
    places: [],
    placeCount: 0,
    title: key,
    disputed: false,
  });
  it('lists that day’s captures apart from its events, ongoing operations and month-only dates', () => {
    const all = [
      h('aleppo', 'capture', '2024-11-29', '2024-11-30'),
      h('hama', 'capture', '2024-12-05'),
      h('interview', 'event', '2024-12-05'),
      h('operation', 'event', '2024-11-27', '2024-12-08'),
      h('airstrike', 'event', '2024-12'),
      h('homs', 'capture', '2024-12-08'),
    ];
    const s = summariseDay('2024-12-05', all);
    expect(s.territory.map((x) => x.title)).toEqual(['hama']);
    expect(s.events.map((x) => x.title)).toEqual(['interview']);
    expect(s.ongoing.map((x) => x.title)).toEqual(['operation']);
    expect(s.vague.map((x) => x.title)).toEqual(['airstrike']);
    expect(s.capturesSoFar).toBe(2);
  });
});
