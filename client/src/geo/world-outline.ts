// Country outlines from Natural Earth (the world-atlas package, bundled: no tiles, no network), as paths in graph coordinates.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { project } from './projection.ts';

export interface CountryShape {
  name: string;
  path: Path2D;
}

/** The countries the story happens in or next to: drawn a little stronger, and labelled. */
export const LABELS: { name: string; lon: number; lat: number; main?: boolean }[] = [
  { name: 'Syria', lon: 38.6, lat: 35.0, main: true },
  { name: 'Turkey', lon: 35.5, lat: 39.2 },
  { name: 'Iraq', lon: 43.6, lat: 33.2 },
  { name: 'Jordan', lon: 36.9, lat: 31.0 },
  { name: 'Lebanon', lon: 35.25, lat: 34.05 },
  { name: 'Israel', lon: 34.75, lat: 31.3 },
  { name: 'Cyprus', lon: 33.1, lat: 35.05 },
  { name: 'Iran', lon: 46.2, lat: 36.6 },
  { name: 'Saudi Arabia', lon: 41.0, lat: 29.3 },
  { name: 'Egypt', lon: 31.8, lat: 29.6 },
];

type Ring = [number, number][];

function addRing(path: Path2D, ring: Ring) {
  ring.forEach(([lon, lat], i) => {
    const { x, y } = project(lon, lat);
    if (i === 0) path.moveTo(x, y);
    else path.lineTo(x, y);
  });
  path.closePath();
}

let shapes: Promise<CountryShape[]> | null = null;

/** Decoded once, on first use; the 50m file is a separate chunk that only map mode loads. */
export function loadCountries(): Promise<CountryShape[]> {
  shapes ??= import('world-atlas/countries-50m.json').then((mod) => {
    const topo = (mod as { default: unknown }).default as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries);
    return fc.features.map((f) => {
      const path = new Path2D();
      const g = f.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const polygon of polygons) for (const ring of polygon) addRing(path, ring as Ring);
      return { name: f.properties?.name ?? '', path };
    });
  });
  return shapes;
}
