// Places with their coordinates, the ones without, and the events and groups anchored at placed places: the map's input.
import type { EntityRef, PlacesResponse, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { ANCHORS, PLACES } from '../db/cypher/places.ts';
import { placeRefOf, refOf } from './timeline-items.ts';

export const PLACES_LIMIT = 5000;
export const ANCHORS_LIMIT = 20000;

export async function readPlaces(db: GraphDatabase): Promise<PlacesResponse> {
  const [places, anchors] = await Promise.all([
    db.read(PLACES, { limit: PLACES_LIMIT }),
    db.read(ANCHORS, { limit: ANCHORS_LIMIT }),
  ]);
  const placed: PlacesResponse['places'] = [];
  const unplaced: EntityRef[] = [];
  for (const row of places) {
    const props = row.get('p') as Record<string, unknown>;
    const ref = placeRefOf(props);
    if (ref.lat === undefined) unplaced.push(refOf('Place', props));
    else placed.push(typeof props.coord_precision === 'string' ? { ...ref, precision: props.coord_precision } : ref);
  }
  return {
    places: placed,
    unplaced,
    anchors: anchors.map((a) => ({
      key: a.get('key') as string,
      place: a.get('place') as string,
      relType: a.get('relType') as RelationshipType,
    })),
    truncated: places.length >= PLACES_LIMIT || anchors.length >= ANCHORS_LIMIT,
  };
}
