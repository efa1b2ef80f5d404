// ISO partial dates: precision from the form, and the first/last day a partial date covers (for "valid on" filters).
import { DATE_FIELDS, type DatePrecision } from './vocabulary.ts';

export function datePrecision(iso: string): DatePrecision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** True when the date exists on the calendar (2024-02-30 does not). */
export function isRealDate(iso: string): boolean {
  if (iso.length < 10) return true;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const [y, m] = iso.split('-').map(Number);
    const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    return `${iso}-${String(days).padStart(2, '0')}`;
  }
  return iso;
}

/** Drops undefined fields and adds `<field>_precision` beside every date field: how every row, story or synthetic, stores a date. */
export function withPrecisions(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    out[k] = v;
    if ((DATE_FIELDS as readonly string[]).includes(k) && typeof v === 'string')
      out[`${k}_precision`] = datePrecision(v);
  }
  return out;
}
