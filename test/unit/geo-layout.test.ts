// The map's projection and layout: north up, east right, events at their places, nothing given a made-up position.
import { describe, expect, it } from 'vitest';
import type { PlacesResponse } from '../../server/contract.ts';
import { geoLayout, type GeoNode } from '../../client/src/geo/geo-layout.ts';
import { BAND, boxOf, inBox, project } from '../../client/src/geo/projection.ts';
import { mapStatsLine } from '../../client/src/geo/map-stats.ts';

const ALEPPO = { lat: 36.2021, lon: 37.1343 };
const DAMASCUS = { lat: 33.5138, lon: 36.2765 };

describe('projection', () => {
  it('puts Aleppo north of Damascus and Baghdad east of both, at Syria’s scale', () => {
    const [a, d, b] = [project(ALEPPO.lon, ALEPPO.lat), project(DAMASCUS.lon, DAMASCUS.lat), project(44.36, 33.31)];
    expect(a.y).toBeGreaterThan(d.y);
    expect(b.x).toBeGreaterThan(a.x);
    // A degree of longitude is cos(latitude) of a degree of latitude around 34.5°N.
    expect((project(1, 0).x - project(0, 0).x) / (project(0, 1).y - project(0, 0).y)).toBeCloseTo(0.824, 2);
  });
});

describe('geoLayout', () => {
  const places: PlacesResponse = {
    places: [
      { key: 'aleppo', name: 'Aleppo', entityType: 'Place', kind: 'city', ...ALEPPO },
      { key: 'aleppo-gov', name: 'Aleppo Governorate', entityType: 'Place', kind: 'governorate', lat: 36.1, lon: 37.6 },
      { key: 'damascus', name: 'Damascus', entityType: 'Place', kind: 'city', ...DAMASCUS },
      { key: 'moscow', name: 'Moscow', entityType: 'Place', kind: 'city', lat: 55.75, lon: 37.62 },
    ],
    unplaced: [{ key: 'morek', name: 'Morek', entityType: 'Place' }],
    anchors: [
      { key: 'capture-of-aleppo', place: 'aleppo-gov', relType: 'OCCURRED_IN' },
      { key: 'capture-of-aleppo', place: 'aleppo', relType: 'OCCURRED_IN' },
      { key: 'killing', place: 'aleppo', relType: 'OCCURRED_IN' },
      { key: 'hts', place: 'nowhere-known', relType: 'BASED_IN' },
    ],
    truncated: false,
  };
  const node = (key: string, entityType: GeoNode['entityType'], extra: Partial<GeoNode> = {}): GeoNode => ({
    key,
    entityType,
    name: key,
    ...extra,
  });

  it('places places at their coordinates, events beside the most specific place, and the rest in the band', () => {
    const g = geoLayout(
      [
        node('aleppo', 'Place', ALEPPO),
        node('damascus', 'Place'),
        node('moscow', 'Place'),
        node('morek', 'Place'),
        node('capture-of-aleppo', 'Event'),
        node('killing', 'Event'),
        node('hts', 'Faction'),
        node('al-jolani', 'Person'),
      ],
      places,
    );
    const at = (k: string) => g.positions.get(k)!;
    expect(at('aleppo')).toEqual(project(ALEPPO.lon, ALEPPO.lat));
    expect(at('aleppo').y).toBeGreaterThan(at('damascus').y);
    for (const e of ['capture-of-aleppo', 'killing']) {
      const d = Math.hypot(at(e).x - at('aleppo').x, at(e).y - at('aleppo').y);
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThan(0.5);
    }
    expect(at('capture-of-aleppo')).not.toEqual(at('killing'));
    expect(g.placesWithoutCoordinates).toEqual(['morek']);
    expect(g.inBand.sort()).toEqual(['al-jolani', 'hts']);
    expect(g.outsideFrame).toEqual(['moscow']);
    const band = boxOf(BAND.west, BAND.south, BAND.east, BAND.north);
    for (const k of ['morek', 'hts', 'al-jolani']) expect(inBox(at(k), band)).toBe(true);
    expect(g.positions.size).toBe(8);
  });
});

describe('mapStatsLine', () => {
  it('words each count for one as for many', () => {
    expect(mapStatsLine({ atCoordinates: 2, besidePlaces: 5, inBand: 1 })).toBe(
      '2 places at their coordinates · 5 events and groups beside their places · 1 other not tied to a place',
    );
    expect(mapStatsLine({ atCoordinates: 1, besidePlaces: 1, inBand: 0 })).toBe(
      '1 place at its coordinates · 1 event or group beside its place · 0 others not tied to a place',
    );
  });
});
