// ISO dates with the precisions the story uses (day, month, year), clustered like the real record: most in the war
// years, a third inside the 2024 offensive.
import type { Random } from './random.ts';

const DAY = 86_400_000;
const WAR_START = Date.UTC(2011, 2, 15);
const OFFENSIVE_START = Date.UTC(2024, 10, 27);
const OFFENSIVE_END = Date.UTC(2024, 11, 8);

function iso(ms: number, precision: 'day' | 'month' | 'year'): string {
  const full = new Date(ms).toISOString().slice(0, 10);
  return precision === 'day' ? full : precision === 'month' ? full.slice(0, 7) : full.slice(0, 4);
}

function precisionOf(rng: Random): 'day' | 'month' | 'year' {
  const u = rng.next();
  return u < 0.75 ? 'day' : u < 0.92 ? 'month' : 'year';
}

/** A moment of the war: a third inside the offensive (always to the day), the rest from 2011 on. */
export function warDate(rng: Random): string {
  if (rng.chance(0.33)) return iso(rng.int(OFFENSIVE_START, OFFENSIVE_END), 'day');
  return iso(rng.int(WAR_START, OFFENSIVE_START), precisionOf(rng));
}

/** A date some days to years after `from` (for ends of periods), never after the offensive's end. */
export function laterDate(rng: Random, from: string, maxDays = 2000): string {
  const start = Date.parse(
    `${from.length === 4 ? `${from}-12-31` : from.length === 7 ? `${from}-28` : from}T00:00:00Z`,
  );
  const ms = Math.min(OFFENSIVE_END, start + rng.int(1, maxDays) * DAY);
  return iso(ms, from.length === 10 ? 'day' : precisionOf(rng));
}

/** A year-heavy date in [fromYear, toYear], as births and foundings are usually known. */
export function yearDate(rng: Random, fromYear: number, toYear: number): string {
  const ms = rng.int(Date.UTC(fromYear, 0, 1), Date.UTC(toYear, 11, 31));
  const u = rng.next();
  return iso(ms, u < 0.6 ? 'year' : u < 0.8 ? 'month' : 'day');
}
