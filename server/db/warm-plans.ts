// Plans every API statement once (EXPLAIN: nothing runs) so no reader pays for planning. A statement with twenty
// typed branches takes Neo4j up to a second or two to plan on a busy 2-core machine; after that it is cached.
import type { Driver } from 'neo4j-driver';
import { apiStatements } from './api-statements.ts';

export interface WarmResult {
  statements: number;
  failed: string[];
  ms: number;
}

export async function warmPlans(driver: Driver, database: string): Promise<WarmResult> {
  const started = performance.now();
  const failed: string[] = [];
  const statements = await apiStatements();
  // One at a time: planning is CPU-bound, and the database is serving readers meanwhile.
  for (const s of statements) {
    try {
      await driver.executeQuery(`EXPLAIN ${s.text}`, {}, { database });
    } catch {
      failed.push(s.name);
    }
  }
  return { statements: statements.length, failed, ms: Math.round(performance.now() - started) };
}
