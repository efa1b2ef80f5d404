// Cypher for /api/health.

export const DATASET_INFO = `
MATCH (d:Dataset {id: 'story'})
RETURN toString(d.seeded_at) AS seededAt, d.nodes AS nodes, d.relationships AS relationships`;
