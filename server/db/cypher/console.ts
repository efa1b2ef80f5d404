// Cypher the console runs itself (the user's own query is never string-built: it runs as given, after EXPLAIN).

/**
 * The end nodes of relationships a console result returned without them, so the graph can draw those edges.
 * Element ids are used only inside the one transaction that produced them, never as keys.
 */
export const RELATIONSHIP_ENDS = `
MATCH (a)-[r]->(b)
WHERE elementId(r) IN $ids
RETURN a, b`;
