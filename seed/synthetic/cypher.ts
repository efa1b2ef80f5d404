// Cypher the synthetic seed runs besides the story's MERGE statements: the dataset markers, a batched wipe, counts.

/** Both markers at once (one index seek each): which dataset, if any, this store holds. */
export const READ_MARKERS = `
OPTIONAL MATCH (d:Dataset) WHERE d.id IN ['story', 'synthetic']
WITH collect(d {.*}) AS markers
CALL { MATCH (n:Entity) RETURN count(n) AS entities }
RETURN markers, entities`;

/** Written before the first row, so an interrupted load is recognised (complete = false) and resumed or replaced. */
export const MARK_STARTED = `
MERGE (d:Dataset {id: 'synthetic'})
SET d.n = $n, d.seed = $seed, d.relationships_per_node = $relationshipsPerNode, d.generator = $generator,
    d.complete = false, d.seeding_started_at = datetime()`;

export const MARK_COMPLETE = `
MATCH (d:Dataset {id: 'synthetic'})
SET d.complete = true, d.seeded_at = datetime(), d.nodes = $nodes, d.relationships = $relationships
REMOVE d.seeding_started_at`;

/** Relationships first, in their own small transactions, so wiping a hub never builds one huge transaction. */
export const WIPE_RELATIONSHIPS = `
MATCH (:Entity)-[r]->(:Entity)
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

export const WIPE_NODES = `
MATCH (n:Entity)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export const DROP_MARKER = `MATCH (d:Dataset {id: 'synthetic'}) DELETE d`;
