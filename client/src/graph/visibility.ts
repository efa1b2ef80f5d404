// Whether a node or relationship passes the filters, decided from its domain attributes alone (pure).
import type { EntityAttributes, RelationAttributes } from '../../../server/contract.ts';
import { firstDay, lastDay } from '../../../seed/model/dates.ts';
import type { Filters } from '../state/view-state.ts';

/** The days a fact covers, inclusive; null on a side means open (no start known, or still going on). */
export interface Span {
  from: string | null;
  to: string | null;
}

const iso = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : null);

function span(start: string | null, end: string | null): Span | null {
  if (start === null && end === null) return null;
  return { from: start && firstDay(start), to: end && lastDay(end) };
}

/**
 * Events cover date…end_date (a moment when only date is known); groups founded…dissolved; people born…died.
 * Sources and places carry no span: undated things stay visible whatever the dates.
 */
export function nodeSpan(a: EntityAttributes): Span | null {
  switch (a.entityType) {
    case 'Event': {
      const date = iso(a.date);
      return span(date, iso(a.end_date) ?? date);
    }
    case 'Faction':
      return span(iso(a.founded), iso(a.dissolved));
    case 'Person':
      return span(iso(a.born), iso(a.died));
    default:
      return null;
  }
}

/** A relationship with `date` happened on that date; with start/end it held over that period (open ends stay open). */
export function edgeSpan(a: RelationAttributes): Span | null {
  const date = iso(a.date);
  if (date) return span(date, date);
  return span(iso(a.start), iso(a.end));
}

/** True when the span shares at least one day with [from, to]. Partial dates cover their whole month or year. */
export function overlaps(s: Span | null, from: string | null, to: string | null): boolean {
  if (!s) return true;
  return (s.to === null || from === null || s.to >= from) && (s.from === null || to === null || s.from <= to);
}

/** No date bounds: every span passes, so the reducers (once per node and relationship per frame) skip parsing dates. */
const undated = (f: Filters): boolean => !f.dateFrom && !f.dateTo;

export function isNodeVisible(a: EntityAttributes, f: Filters): boolean {
  return f.entityTypes.includes(a.entityType) && (undated(f) || overlaps(nodeSpan(a), f.dateFrom, f.dateTo));
}

/** The edge's own test; sigma also hides any edge whose end is hidden. */
export function isEdgeVisible(a: RelationAttributes, f: Filters): boolean {
  return f.relTypes.includes(a.relType) && (undated(f) || overlaps(edgeSpan(a), f.dateFrom, f.dateTo));
}

/** Nothing is filtered out: lets the renderer skip the work. */
export function isUnfiltered(f: Filters, allTypes: number, allRels: number): boolean {
  return f.entityTypes.length === allTypes && f.relTypes.length === allRels && !f.dateFrom && !f.dateTo;
}
