// The map panel's one-line count of what is where, worded for one as well as for many.

export interface MapCounts {
  atCoordinates: number;
  besidePlaces: number;
  inBand: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function mapStatsLine(c: MapCounts): string {
  return [
    count(c.atCoordinates, 'place at its coordinates', 'places at their coordinates'),
    count(c.besidePlaces, 'event or group beside its place', 'events and groups beside their places'),
    count(c.inBand, 'other not tied to a place', 'others not tied to a place'),
  ].join(' · ');
}
