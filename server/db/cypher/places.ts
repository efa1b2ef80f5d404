// Cypher for /api/places: places with and without coordinates, and the events and groups tied to placed places.

/** Only what the map draws: a place's provenance is for its details panel (and made the list megabytes at 100k). */
export const PLACES = `
MATCH (p:Place)
RETURN p {.id, .name, .kind, .lat, .lon, .coord_precision} AS p
ORDER BY p.id
LIMIT $limit`;

/** Where the map may put an event or a group: only at places the data gives coordinates for. */
export const ANCHORS = `
MATCH (x:Entity)-[r:OCCURRED_IN|BASED_IN]->(p:Place)
WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL
RETURN x.id AS key, p.id AS place, type(r) AS relType
ORDER BY key, place
LIMIT $limit`;
