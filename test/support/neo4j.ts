// The test run's Neo4j connection (provided by the global setup) and drivers on it for integration tests.
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../server/db/create-driver.ts';
import { GraphDatabase } from '../../server/db/graph-database.ts';

/** A fresh store per test run (removed afterwards); the process id keeps concurrent runs apart. */
export const TEST_DB_HOME = resolve(import.meta.dirname, '..', '..', '.neo4j', `test-${process.pid}`);

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

export function testDatabase(driver: Driver, timeoutMs = 5000): GraphDatabase {
  return new GraphDatabase(driver, testConnection().database, timeoutMs);
}
