// The timeline's shape for reading: year headings where the year changes, and the trail of places in order.
import type { PlaceRef, TimelineItem } from '../../../server/contract.ts';
import { itemYear } from './date-format.ts';

export interface Row {
  item: TimelineItem;
  /** A heading to show before this row: a new year, or that the rows' starts are not recorded. */
  heading: string | null;
}

/** Year headings follow the dated rows; an undated row placed by lineage stays under the heading it falls in. */
export function withHeadings(items: TimelineItem[]): Row[] {
  let current: string | null = null;
  return items.map((item) => {
    const year = item.placement.by === 'open-start' ? 'Start not recorded' : itemYear(item);
    const heading = year !== null && year !== current ? year : null;
    if (year !== null) current = year;
    return { item, heading };
  });
}

export interface Stop {
  place: PlaceRef;
  when: TimelineItem;
}

/**
 * Where the story goes, in order: each row with exactly one place adds it (a row with several, like an operation over
 * four governorates, says nothing about where the person was); repeats in a row count once.
 */
export function placeTrail(items: TimelineItem[]): Stop[] {
  const trail: Stop[] = [];
  for (const item of items) {
    if (item.places.length !== 1) continue;
    const place = item.places[0]!;
    if (trail.at(-1)?.place.key !== place.key) trail.push({ place, when: item });
  }
  return trail;
}
