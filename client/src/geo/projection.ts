// Longitude/latitude → graph coordinates: an equirectangular projection true to scale at Syria's latitude.

/** Syria spans roughly 32–37°N; scaling longitude by cos(34.5°) keeps shapes right there. */
export const STANDARD_PARALLEL = 34.5;
const K = Math.cos((STANDARD_PARALLEL * Math.PI) / 180);

export interface XY {
  x: number;
  y: number;
}

/** North is +y (sigma draws larger y higher up), east is +x. */
export function project(lon: number, lat: number): XY {
  return { x: lon * K, y: lat };
}

export interface Box {
  x: [number, number];
  y: [number, number];
}

export function boxOf(west: number, south: number, east: number, north: number): Box {
  const a = project(west, south);
  const b = project(east, north);
  return { x: [a.x, b.x], y: [a.y, b.y] };
}

/** Syria and its neighbours: Turkey's south, Cyprus, Lebanon, Israel, Jordan, Iraq, the edge of Iran and Saudi Arabia. */
export const REGION = { west: 30.5, south: 29, east: 46.5, north: 39.8 };

/** Where entities without a place wait, to the east of the map frame, on a panel of their own. */
export const BAND = { west: 47, south: 29, east: 52, north: 39.8 };

/** What the camera frames in map mode: the region and the band beside it. */
export const MAP_FRAME: Box = boxOf(REGION.west, REGION.south, BAND.east, REGION.north);

export function inBox(p: XY, b: Box): boolean {
  return p.x >= b.x[0] && p.x <= b.x[1] && p.y >= b.y[0] && p.y <= b.y[1];
}
