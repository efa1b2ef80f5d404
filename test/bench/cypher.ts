// Cypher only the benchmark runs, against its own throwaway store: scratch labels for the MERGE comparison, clean-up.

export const SCRATCH_CONSTRAINT =
  'CREATE CONSTRAINT bench_indexed_id IF NOT EXISTS FOR (n:BenchIndexed) REQUIRE n.id IS UNIQUE';
export const DROP_SCRATCH_CONSTRAINT = 'DROP CONSTRAINT bench_indexed_id IF EXISTS';

/** The same M nodes under a label with a uniqueness constraint and under one without any index. */
export const FILL_SCRATCH = `
UNWIND range(0, $m - 1) AS i
CREATE (:BenchIndexed {id: 'n-' + i, name: 'node ' + i}), (:BenchUnindexed {id: 'n-' + i, name: 'node ' + i})`;

export const MERGE_INDEXED = `UNWIND $rows AS row MERGE (n:BenchIndexed {id: row.id}) SET n.name = row.name`;
export const MERGE_UNINDEXED = `UNWIND $rows AS row MERGE (n:BenchUnindexed {id: row.id}) SET n.name = row.name`;

export const DROP_SCRATCH = `
MATCH (n) WHERE n:BenchIndexed OR n:BenchUnindexed
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

/** Scratch relationships of one type, by id (each a unique-index seek). */
export const deleteRelationshipsById = (type: string) => `
UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->()
DELETE r`;
