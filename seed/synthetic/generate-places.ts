// Synthetic places on the real map: countries, Syria's governorates, big cities as hubs, then towns, villages, bases,
// roads scattered around their governorate's centre, each LOCATED_IN a district, governorate or country.
import type { PlaceRecord } from '../model/records.ts';
import { COUNTRIES, GOVERNORATES, SHARE_IN_SYRIA, type Area } from './geography.ts';
import { PLACE_PREFIXES, PLACE_ROOTS } from './name-parts.ts';
import type { NodeSet } from './node-set.ts';
import { syntheticId } from './node-set.ts';
import type { Random } from './random.ts';
import { cite, type SourcePool } from './synthetic-provenance.ts';

type Kind = PlaceRecord['kind'];

/** The place hierarchy, as (child rank, parent rank) pairs for LOCATED_IN. */
export type Containment = [number, number][];

const MAJOR_CITIES = 20;

const LESSER_KINDS: Partial<Record<Kind, number>> = {
  village: 40,
  town: 25,
  neighbourhood: 8,
  district: 5,
  facility: 5,
  'military-base': 4,
  road: 3,
  city: 3,
  region: 2,
  prison: 2,
  'border-crossing': 2,
  airport: 1,
};

const PRECISION: Partial<Record<Kind, string>> = {
  'military-base': 'exact',
  airport: 'exact',
  facility: 'exact',
  prison: 'exact',
  'border-crossing': 'exact',
  road: 'approximate',
  region: 'region',
  district: 'region',
  governorate: 'region',
  country: 'region',
};

function placeName(rng: Random, kind: Kind): string {
  const base = `${rng.pick(PLACE_PREFIXES)} ${rng.pick(PLACE_ROOTS)}`;
  const named = rng.chance(0.5) ? `${base} al-${rng.pick(PLACE_ROOTS)}` : base;
  if (kind === 'military-base') return `${named} Military Base`;
  if (kind === 'airport') return `${named} Airport`;
  if (kind === 'prison') return `${named} Prison`;
  if (kind === 'road') return `${named} Road`;
  if (kind === 'district') return `${named} District`;
  if (kind === 'border-crossing') return `${named} Crossing`;
  return named;
}

export function generatePlaces(rng: Random, nodes: NodeSet, count: number, sources: SourcePool): Containment {
  const located: Containment = [];
  const add = (kind: Kind, name: string, area: Area, spread: number) => {
    const rank = nodes.count('Place');
    // Transliterations differ (Tell/Tal, Kafr/Kfar), as they do across the story's documents.
    const alt = name.replace(/^Tell /, 'Tal ').replace(/^Kafr /, 'Kfar ');
    const aliases = alt === name ? [] : [alt];
    const lat = Math.round(rng.gaussian(area.lat, spread) * 1e4) / 1e4;
    const lon = Math.round(rng.gaussian(area.lon, spread) * 1e4) / 1e4;
    nodes.add('Place', syntheticId('place', rank), {
      name,
      aliases,
      kind,
      lat,
      lon,
      coord_precision: PRECISION[kind] ?? 'settlement',
      description: `A synthetic ${kind} for scale testing.`,
      ...cite(rng, sources, `Synthetic claim: ${name} is a ${kind} in ${area.name}.`),
    });
    return rank;
  };
  // Big cities first, so they are the hubs of CONTROLS, CAPTURED, OCCURRED_IN; then the administrative frame.
  const cityGov = Array.from({ length: MAJOR_CITIES }, (_, i) => i % GOVERNORATES.length);
  cityGov.forEach((g) => add('city', placeName(rng, 'city'), GOVERNORATES[g]!, GOVERNORATES[g]!.spread / 3));
  const country = COUNTRIES.map((c) => add('country', c.name, c, 0));
  const governorate = GOVERNORATES.map((g) => add('governorate', g.name, g, 0));
  governorate.forEach((g) => located.push([g, country[0]!]));
  cityGov.forEach((g, city) => located.push([city, governorate[g]!]));

  const districts: number[][] = GOVERNORATES.map(() => []);
  while (nodes.count('Place') < count) {
    const kind = rng.weighted(LESSER_KINDS);
    if (!rng.chance(SHARE_IN_SYRIA)) {
      const c = rng.int(1, COUNTRIES.length - 1);
      located.push([add(kind, placeName(rng, kind), COUNTRIES[c]!, COUNTRIES[c]!.spread), country[c]!]);
      continue;
    }
    const g = rng.int(0, GOVERNORATES.length - 1);
    const parent =
      kind !== 'district' && districts[g]!.length && rng.chance(0.7) ? rng.pick(districts[g]!) : governorate[g]!;
    const rank = add(kind, placeName(rng, kind), GOVERNORATES[g]!, GOVERNORATES[g]!.spread);
    if (kind === 'district') districts[g]!.push(rank);
    located.push([rank, parent]);
  }
  return located;
}
