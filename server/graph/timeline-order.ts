// Orders timeline items by partial ISO dates without inventing any: undated items are bounded, lineage-placed or set apart.
import { datePrecision, firstDay, lastDay } from '../../seed/model/dates.ts';
import type { TimelinePlacement } from '../contract.ts';

export interface Datable {
  id: string;
  date?: string;
  start?: string;
  end?: string;
  /** A containing span for an item without its own date: the event it is part of, the group's existence. */
  within?: { from?: string; to?: string; note: string };
  /** The group a membership or leadership is in, so an undated one can sit before the groups that came out of it. */
  group?: string;
  /** Order among items starting on the same date: lower first (births and foundings before what follows). */
  rank?: number;
  /** Last tie-breaker, for a stable order. */
  label?: string;
}

export type Placed<T> = T & { placement: TimelinePlacement };

/** `newer` came out of `older` (split from it, succeeded it, merged from it), directly or not. */
export type Descends = (newer: string, older: string) => boolean;

const PRECISION = { year: 0, month: 1, day: 2 } as const;

function anchorOf(i: Datable): string | undefined {
  return i.start ?? i.date ?? i.within?.from;
}

function endOf(i: Datable): string | undefined {
  return i.end ?? i.within?.to;
}

function compareAnchored(a: Datable, b: Datable): number {
  const [x, y] = [anchorOf(a)!, anchorOf(b)!];
  return (
    firstDay(x).localeCompare(firstDay(y)) ||
    // A year or a month covers the day: the vaguer date goes first, where its span begins.
    PRECISION[datePrecision(x)] - PRECISION[datePrecision(y)] ||
    // Something known only to fall within a span comes after what is dated to the span's first day.
    Number(!(a.start ?? a.date)) - Number(!(b.start ?? b.date)) ||
    (a.rank ?? 5) - (b.rank ?? 5) ||
    compareEnds(a, b) ||
    (a.label ?? a.id).localeCompare(b.label ?? b.id)
  );
}

/** Known ends before open ones, earlier ends first. */
function compareEnds(a: Datable, b: Datable): number {
  const [x, y] = [endOf(a), endOf(b)];
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return lastDay(x).localeCompare(lastDay(y));
}

function placementOf(i: Datable): TimelinePlacement {
  if (i.start ?? i.date) return { by: 'own-date' };
  if (i.within?.from)
    return { by: 'within', note: i.within.note, from: i.within.from, ...(i.within.to ? { to: i.within.to } : {}) };
  const to = endOf(i)!;
  return {
    by: 'open-start',
    note: i.end ? 'when it began is not recorded' : (i.within?.note ?? 'when it began is not recorded'),
    to,
  };
}

/** Neither a start nor an end, even from the group's own dates: only lineage can place it. */
const isUndated = (i: Datable) => anchorOf(i) === undefined && endOf(i) === undefined;

/**
 * The groups of undated items, the only `older` groups `orderTimeline` asks `descends` about (at most `max`: past
 * that, the rest stay apart as undated rather than cost a lineage search each).
 */
export function groupsToPlace(items: Datable[], max: number): string[] {
  return [...new Set(items.flatMap((i) => (i.group && isUndated(i) ? [i.group] : [])))].sort().slice(0, max);
}

/**
 * Dated items by their start (a partial date counts from its first day); items known only by their end first, since
 * they began at some unrecorded earlier time; undated ones before the first item about a group descended from theirs,
 * or apart when nothing places them.
 */
export function orderTimeline<T extends Datable>(
  items: T[],
  descends: Descends = () => false,
): { items: Placed<T>[]; undated: Placed<T>[] } {
  const anchored = items.filter((i) => anchorOf(i) !== undefined).sort(compareAnchored);
  const openStart = items
    .filter((i) => anchorOf(i) === undefined && endOf(i) !== undefined)
    .sort((a, b) => compareEnds(a, b) || (a.label ?? a.id).localeCompare(b.label ?? b.id));
  const ordered: Placed<T>[] = [...openStart, ...anchored].map((i) => ({ ...i, placement: placementOf(i) }));

  let rest = items.filter(isUndated).sort((a, b) => (a.label ?? a.id).localeCompare(b.label ?? b.id));
  // Each pass can place items relative to ones placed by the previous pass; the chain is short, the bound is generous.
  for (let pass = 0; pass < 8 && rest.length; pass++) {
    const unplaced: T[] = [];
    for (const item of rest) {
      const at = item.group ? ordered.findIndex((o) => o.group && descends(o.group, item.group!)) : -1;
      if (at < 0) {
        unplaced.push(item);
        continue;
      }
      const next = ordered[at]!;
      ordered.splice(at, 0, {
        ...item,
        placement: { by: 'lineage', note: `not dated; placed before ${next.label ?? next.id}, which came out of it` },
      });
    }
    if (unplaced.length === rest.length) break;
    rest = unplaced;
  }
  return {
    items: ordered,
    undated: rest.map((i) => ({ ...i, placement: { by: 'undated', note: 'not dated in the sources' } })),
  };
}
