// Cypher for /api/health.

/** The story's marker, or the synthetic scale dataset's when the explorer runs on that store (`--synthetic`). */
export const DATASET_INFO = `
MATCH (d:Dataset) WHERE d.id IN ['story', 'synthetic']
WITH d ORDER BY d.id LIMIT 1
RETURN toString(d.seeded_at) AS seededAt, d.nodes AS nodes, d.relationships AS relationships`;

/** The version and edition only: where the database lives is nobody's business on a public page. */
export const SERVER_VERSION = `
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition`;
