// Geographic positions for the graph in view: places at their coordinates, events and groups at their places, the rest in a band.
import type { EntityLabel, PlacesResponse } from '../../../server/contract.ts';
import { BAND, boxOf, inBox, project, REGION, type XY } from './projection.ts';

export interface GeoNode {
  key: string;
  entityType: EntityLabel;
  name: string;
  lat?: unknown;
  lon?: unknown;
}

export interface GeoLayout {
  positions: Map<string, XY>;
  /** Places drawn at their own coordinates. */
  atCoordinates: number;
  /** Events and groups drawn beside the place they happened in or are based in. */
  besidePlaces: number;
  /** Places in view without known coordinates: listed, never guessed. */
  placesWithoutCoordinates: string[];
  /** Everything else in the band: people, groups without a base, sources, events with no placed place. */
  inBand: string[];
  /** Drawn at their coordinates but beyond the map frame (Moscow, Doha…). */
  outsideFrame: string[];
}

/** Smaller places first: an event in Aleppo city is drawn at the city, not the governorate. */
const SPECIFICITY = [
  'facility',
  'prison',
  'airport',
  'military-base',
  'border-crossing',
  'neighbourhood',
  'village',
  'town',
  'city',
  'district',
  'road',
  'region',
  'governorate',
  'country',
];
const rank = (kind: string | undefined) => {
  const i = SPECIFICITY.indexOf(kind ?? '');
  return i < 0 ? SPECIFICITY.length : i;
};

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Where the i-th of several things at one place goes: a ring around it, growing outwards (golden angle). */
export function aroundPlace(centre: XY, i: number, spacing = 0.14): XY {
  const angle = i * 2.39996;
  const r = spacing * (1 + 0.55 * Math.sqrt(i));
  return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
}

const BAND_ORDER: EntityLabel[] = ['Place', 'Faction', 'Person', 'Event', 'Source'];

export function geoLayout(nodes: GeoNode[], places: PlacesResponse): GeoLayout {
  const coords = new Map(places.places.map((p) => [p.key, { xy: project(p.lon!, p.lat!), kind: p.kind }]));
  const anchorsOf = new Map<string, string[]>();
  for (const a of places.anchors) anchorsOf.set(a.key, [...(anchorsOf.get(a.key) ?? []), a.place]);
  const out: GeoLayout = {
    positions: new Map(),
    atCoordinates: 0,
    besidePlaces: 0,
    placesWithoutCoordinates: [],
    inBand: [],
    outsideFrame: [],
  };
  const crowd = new Map<string, number>();
  const band: GeoNode[] = [];
  const region = boxOf(REGION.west, REGION.south, REGION.east, REGION.north);

  for (const n of nodes) {
    const [lat, lon] = [num(n.lat), num(n.lon)];
    if (n.entityType === 'Place') {
      const xy = lat !== undefined && lon !== undefined ? project(lon, lat) : coords.get(n.key)?.xy;
      if (!xy) {
        out.placesWithoutCoordinates.push(n.key);
        band.push(n);
        continue;
      }
      out.positions.set(n.key, xy);
      out.atCoordinates++;
      if (!inBox(xy, region)) out.outsideFrame.push(n.key);
      continue;
    }
    const anchor = (anchorsOf.get(n.key) ?? [])
      .filter((k) => coords.has(k))
      .sort((a, b) => rank(coords.get(a)!.kind) - rank(coords.get(b)!.kind) || a.localeCompare(b))[0];
    if (!anchor) {
      band.push(n);
      continue;
    }
    const i = crowd.get(anchor) ?? 0;
    crowd.set(anchor, i + 1);
    out.positions.set(n.key, aroundPlace(coords.get(anchor)!.xy, i));
    out.besidePlaces++;
  }

  // The band: columns top to bottom, places without coordinates first, then by type and name.
  band.sort(
    (a, b) => BAND_ORDER.indexOf(a.entityType) - BAND_ORDER.indexOf(b.entityType) || a.name.localeCompare(b.name),
  );
  const top = project(BAND.west, BAND.north);
  const bottom = project(BAND.east, BAND.south);
  const rowH = 0.5;
  const rows = Math.max(1, Math.floor((top.y - bottom.y - 0.8) / rowH));
  const colW = Math.max(0.9, (bottom.x - top.x - 0.6) / Math.max(1, Math.ceil(band.length / rows)));
  band.forEach((n, i) => {
    out.positions.set(n.key, { x: top.x + 0.5 + Math.floor(i / rows) * colW, y: top.y - 0.8 - (i % rows) * rowH });
    if (n.entityType !== 'Place') out.inBand.push(n.key);
  });
  return out;
}
