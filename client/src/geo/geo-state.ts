// Map mode's state: the places data (fetched once), the layout of the graph in view, and what could not be placed.
import { signal } from '@preact/signals';
import type { PlacesResponse } from '../../../server/contract.ts';
import { ApiError } from '../api/http.ts';
import { historyApi } from '../history/history-api.ts';
import type { GeoLayout } from './geo-layout.ts';

export const places = signal<PlacesResponse | null>(null);
export const geo = signal<GeoLayout | null>(null);
export const geoError = signal<string | null>(null);
/** The outline is loading (a separate chunk) or drawing for the first time. */
export const outlineReady = signal(false);
/** The map is zoomed out to every place drawn, beyond the region (map-panel.tsx). */
export const wholeWorldFrame = signal(false);

let loading: Promise<PlacesResponse | null> | null = null;

export function loadPlaces(): Promise<PlacesResponse | null> {
  loading ??= historyApi.places().then(
    (p) => (places.value = p),
    (err: Error) => {
      geoError.value = err instanceof ApiError ? err.message : 'Could not load the places for the map.';
      loading = null;
      return null;
    },
  );
  return loading;
}
