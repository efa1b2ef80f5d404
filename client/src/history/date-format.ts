// Partial ISO dates in words: "2016", "Jan 2012", "5 Dec 2024"; spans and open ends said as such, never padded out.
import type { TimelineItem } from '../../../server/contract.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "29–30 Nov 2024" when both ends share month and year, else "2016 – 2017". */
export function formatSpan(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const [a, b] = [from.split('-'), to.split('-')];
  if (a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1]) return `${Number(a[2])}–${formatDate(to)}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** The date column of a timeline row: the item's own dates, or what bounds it, or that nothing does. */
export function itemWhen(i: Pick<TimelineItem, 'date' | 'start' | 'end' | 'placement'>): string {
  const begin = i.start ?? i.date;
  if (begin && i.end) return formatSpan(begin, i.end);
  if (begin) return i.start ? `since ${formatDate(begin)}` : formatDate(begin);
  if (i.end) return `until ${formatDate(i.end)}`;
  const p = i.placement;
  if (p.by === 'within' && p.from) return `within ${formatSpan(p.from, p.to ?? p.from)}`;
  return 'undated';
}

/** The year an item is filed under, or null when it has no date or bound to file it by. */
export function itemYear(i: Pick<TimelineItem, 'date' | 'start' | 'placement'>): string | null {
  const anchor = i.start ?? i.date ?? (i.placement.by === 'within' ? i.placement.from : undefined);
  return anchor ? anchor.slice(0, 4) : null;
}
