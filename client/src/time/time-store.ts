// The time bar's shared state: the span and the offensive's happenings (fetched once), and one playback for the page.
import { signal } from '@preact/signals';
import type { DatedHappening, TimeSpanResponse } from '../../../server/contract.ts';
import { ApiError } from '../api/http.ts';
import { historyApi } from '../history/history-api.ts';
import { actions } from '../state/store.ts';
import { daysBetween } from './date-stops.ts';
import { Playback } from './playback.ts';

export const span = signal<TimeSpanResponse | null>(null);
export const happenings = signal<DatedHappening[]>([]);
export const timeError = signal<string | null>(null);
export const playing = signal(false);

/** A day per step, slow enough to read the day's captures. */
export const STEP_MS = 1500;

let playback: Playback | null = null;
let loading: Promise<void> | null = null;

/** Loads the span and the offensive's happenings once; later calls reuse them. */
export function loadTime(): Promise<void> {
  loading ??= (async () => {
    try {
      const s = await historyApi.timeSpan();
      span.value = s;
      if (s.offensive) happenings.value = (await historyApi.happenings(s.offensive.start, s.offensive.end)).happenings;
    } catch (err) {
      timeError.value = err instanceof ApiError ? err.message : 'Could not load the dates.';
      loading = null;
    }
  })();
  return loading;
}

/** The page's one playback over the offensive's days; each step moves the graph's date filter. */
export function getPlayback(): Playback | null {
  const off = span.value?.offensive;
  if (!off) return null;
  playback ??= new Playback({
    days: daysBetween(off.start, off.end),
    intervalMs: STEP_MS,
    onDay: (day) => actions.setDateRange(null, day),
    onPlaying: (p) => (playing.value = p),
  });
  return playback;
}
