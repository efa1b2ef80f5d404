// What happened on one day of playback: captures and withdrawals first, then events; ongoing and vaguely dated ones apart.
import type { DatedHappening } from '../../../server/contract.ts';

export interface DaySummary {
  /** Who captured or left what that day. */
  territory: DatedHappening[];
  /** Other events that began that day. */
  events: DatedHappening[];
  /** Began earlier and still running (an operation over several days). */
  ongoing: DatedHappening[];
  /** Dated only to the month or year that contains the day: they may or may not belong to it. */
  vague: DatedHappening[];
  /** Captures on this day or before it, within the list given. */
  capturesSoFar: number;
}

const isDay = (d: string) => d.length === 10;

export function summariseDay(day: string, all: DatedHappening[]): DaySummary {
  const s: DaySummary = { territory: [], events: [], ongoing: [], vague: [], capturesSoFar: 0 };
  for (const h of all) {
    if (h.kind === 'capture' && isDay(h.date) && h.date <= day) s.capturesSoFar++;
    if (!isDay(h.date)) {
      if (day.startsWith(h.date)) s.vague.push(h);
    } else if (h.date === day) (h.kind === 'event' ? s.events : s.territory).push(h);
    else if (h.end && h.date < day && day <= h.end) s.ongoing.push(h);
  }
  return s;
}
