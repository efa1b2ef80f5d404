// The date slider's stops: one per year with dated facts before the offensive, then every day of the offensive.
import type { TimeSpanResponse } from '../../../server/contract.ts';

export interface DateStop {
  /** The last day shown when the slider rests here (ISO). */
  day: string;
  /** What the slider says. */
  label: string;
  /** Stops inside the offensive: playback walks these. */
  offensive: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every day from `from` to `to` inclusive, as ISO days (UTC, so no daylight-saving surprises). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/**
 * A linear slider over decades would squeeze twelve days into a pixel; instead the years before the offensive get a
 * stop each (the end of that year), and the offensive a stop per day.
 */
export function dateStops(span: TimeSpanResponse): DateStop[] {
  if (!span.offensive) {
    const last = Number(span.latest.slice(0, 4));
    const years = [...new Set([...span.years, last])].sort((a, b) => a - b);
    return years.map((y) => ({ day: `${y}-12-31`, label: `end of ${y}`, offensive: false }));
  }
  const { start, end } = span.offensive;
  const startYear = Number(start.slice(0, 4));
  const years = span.years.filter((y) => y < startYear);
  // The days before the offensive in its own year are one stop, so 2024's earlier facts are reachable too.
  const eve = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return [
    ...years.map((y) => ({ day: `${y}-12-31`, label: `end of ${y}`, offensive: false })),
    { day: eve, label: `eve of the offensive, ${dayLabel(eve)}`, offensive: false },
    ...daysBetween(start, end).map((day) => ({ day, label: dayLabel(day), offensive: true })),
  ];
}

/** The stop the slider shows for a filter's last day: the first stop at or after it (the last one if beyond). */
export function stopIndexFor(stops: DateStop[], dateTo: string | null): number {
  if (dateTo === null) return stops.length - 1;
  const i = stops.findIndex((s) => s.day >= dateTo);
  return i < 0 ? stops.length - 1 : i;
}
