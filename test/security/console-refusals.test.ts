// Threat suite, console: every way to change or inspect the server is refused with a reason, and the database is unchanged.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../server/contract.ts';
import { dbFingerprint, propertyKeys } from '../support/db-fingerprint.ts';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { cypher, LEAK } from '../support/requests.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;
let driver: Driver;
let before: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  driver = testDriver();
  before = await dbFingerprint(driver, testConnection().database);
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const writes: [string, string][] = [
  ['CREATE (n:Canary {id: "x"}) RETURN n', 'CREATE changes the graph'],
  ["MERGE (n:Entity {id: 'hts'}) SET n.name = 'pwned'", 'MERGE changes the graph'],
  ["MATCH (n:Entity {id: 'hts'}) SET n.name = 'pwned'", 'SET changes the graph'],
  ["MATCH (n:Entity {id: 'hts'}) SET n += {name: 'pwned'}", 'SET changes the graph'],
  ["MATCH (n:Entity {id: 'hts'}) SET n:Pwned", 'SET changes the graph'],
  // Neo4j plans REMOVE of a property as setting it to null.
  ["MATCH (n:Entity {id: 'hts'}) REMOVE n.name", 'changes the graph'],
  ["MATCH (n:Entity {id: 'hts'}) REMOVE n:Faction", 'REMOVE changes the graph'],
  ["MATCH (n:Entity {id: 'hts'}) DETACH DELETE n", 'DELETE changes the graph'],
  ['MATCH ()-[r:LEADS]->() DELETE r', 'DELETE changes the graph'],
  ["MATCH (a:Entity {id: 'hts'}), (b:Entity {id: 'sna'}) CREATE (a)-[:ALLIED_WITH]->(b)", 'CREATE'],
  ['FOREACH (i IN range(1, 3) | CREATE (:Canary))', 'FOREACH changes the graph'],
  ['MATCH (n) WITH n LIMIT 1 CALL (n) { SET n.canary = 1 } RETURN count(*)', 'SET changes the graph'],
  ['UNWIND [1] AS x CALL (x) { CREATE (:Canary) } IN TRANSACTIONS RETURN x', 'IN TRANSACTIONS'],
  ["CALL db.createLabel('Canary')", 'not among them'],
  ["CALL db.createProperty('canary')", 'not among them'],
  ['OPTIONAL MATCH (n:Nothing) WITH n MERGE (:Canary) RETURN 1', 'MERGE changes the graph'],
];
const schema: [string, string][] = [
  ['CREATE INDEX canary FOR (n:Canary) ON (n.x)', 'Schema commands'],
  ['CREATE CONSTRAINT canary FOR (n:Canary) REQUIRE n.x IS UNIQUE', 'Schema commands'],
  ['DROP CONSTRAINT entity_id', 'Schema commands'],
  ['DROP INDEX entity_names', 'Schema commands'],
  ['CREATE FULLTEXT INDEX canary FOR (n:Canary) ON EACH [n.x]', 'Schema commands'],
];
const admin: [string, string][] = [
  ["CREATE USER canary SET PASSWORD 'canary-password'", 'Administration commands'],
  ["ALTER USER neo4j SET PASSWORD 'canary-password'", 'Administration commands'],
  ['SHOW USERS', 'Administration commands'],
  ['SHOW CURRENT USER', 'Administration commands'],
  ['SHOW DATABASES', 'Administration commands'],
  ['DROP DATABASE neo4j', 'Administration commands'],
  ['STOP DATABASE neo4j', 'Administration commands'],
];
const procedures: [string, string][] = [
  ['CALL dbms.listConfig()', 'dbms.listConfig is not among them'],
  ['CALL `dbms`.`listConfig`() YIELD name RETURN name', 'dbms.listConfig is not among them'],
  ['RETURN COUNT { CALL dbms.listConfig() YIELD name RETURN name } AS n', 'dbms.listConfig is not among them'],
  ['CALL dbms.info()', 'not among them'],
  ['CALL dbms.showCurrentUser()', 'not among them'],
  ["CALL db.stats.retrieve('GRAPH COUNTS')", 'not among them'],
  ['CALL db.clearQueryCaches()', 'not among them'],
  ['CALL tx.setMetaData({canary: 1})', 'not among them'],
  ["CALL dbms.routing.getRoutingTable({}, 'neo4j')", 'not among them'],
  ['CALL db.awaitIndexes(1)', 'not among them'],
];
const commands: [string, string][] = [
  ['SHOW TRANSACTIONS', 'SHOW and TERMINATE'],
  ['SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery', 'SHOW and TERMINATE'],
  ['SHOW SETTINGS', 'SHOW and TERMINATE'],
  ['SHOW PROCEDURES', 'SHOW and TERMINATE'],
  ['SHOW FUNCTIONS', 'SHOW and TERMINATE'],
  ['SHOW INDEXES', 'SHOW and TERMINATE'],
  ['SHOW CONSTRAINTS', 'SHOW and TERMINATE'],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'SHOW and TERMINATE'],
];
const prefixes: [string, string][] = [
  ['USE neo4j MATCH (n) RETURN count(n)', 'USE is not available'],
  ['USE system SHOW USERS', 'USE is not available'],
  ['/* hidden */ use `neo4j` RETURN 1', 'USE is not available'],
  ['CALL { USE neo4j MATCH (n) RETURN count(n) AS c } RETURN c', 'USE is not available'],
  ['PROFILE MATCH (n) RETURN n', 'PROFILE is not available'],
  ['EXPLAIN MATCH (n) RETURN n', 'EXPLAIN is not available'],
  ['// a comment first\nexplain RETURN 1', 'EXPLAIN is not available'],
  ['CYPHER runtime=interpreted RETURN 1', 'Query options'],
  ['CYPHER 5 RETURN 1', 'Query options'],
];
const multi: [string, string][] = [
  ['RETURN 1; MATCH (n) DETACH DELETE n', 'holds 2 statements'],
  ['RETURN 1 ;\n CREATE (:Canary)', 'holds 2 statements'],
  ['MATCH (n) RETURN n /* ; */ ; CREATE (:Canary)', 'holds 2 statements'],
  ["RETURN 'a;b' AS s; CREATE (:Canary)", 'holds 2 statements'],
  ['RETURN 1;;CREATE (:Canary)', 'holds 2 statements'],
  ['RETURN 1 // ;\n ; CREATE (:Canary); RETURN 2', 'holds 3 statements'],
];

describe.each([
  ['writes', writes],
  ['schema changes', schema],
  ['administration', admin],
  ['procedures outside the allowlist', procedures],
  ['SHOW and TERMINATE', commands],
  ['USE, PROFILE, EXPLAIN, CYPHER', prefixes],
  ['several statements', multi],
])('console refuses %s', (_name, cases) => {
  it.each(cases)('%s', async (query, reason) => {
    const res = await cypher<ErrorResponse>(app.url, query);
    expect(res.status, res.text).toBe(422);
    expect(res.body.error.code).toBe('query_rejected');
    expect(res.body.error.message).toContain(reason);
    expect(res.text).not.toMatch(LEAK);
  });
});

describe('console refuses writes hidden from the text', () => {
  it('a lookalike semicolon is not a statement separator, and nothing is written either way', async () => {
    const res = await cypher<ErrorResponse>(app.url, 'RETURN 1\u037e CREATE (:Canary)');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('every refusal above left the database exactly as it was', async () => {
    expect(await dbFingerprint(driver, testConnection().database)).toEqual(before);
    expect(before.users).toBe('neo4j');
    // Not even a property name was created by the refused writes.
    expect(await propertyKeys(driver, testConnection().database)).not.toContain('canary');
  });
});
