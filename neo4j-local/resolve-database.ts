// Decides which Neo4j to use: NEO4J_URI when set; otherwise a local one already running on our port, or a new one we start.
import neo4j from 'neo4j-driver';
import { ensureLocalPassword, loadDotEnv } from './credentials.ts';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './launcher.ts';

export interface DatabaseLocation {
  uri: string;
  user: string;
  password: string;
  /** Set when we started the database and must stop it on exit. */
  owned?: LocalNeo4j;
  describe: string;
}

async function answers(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export async function resolveDatabase(opts: LocalNeo4jOptions = {}): Promise<DatabaseLocation> {
  loadDotEnv();
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (NEO4J_URI) {
    if (!NEO4J_PASSWORD)
      throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USER if not neo4j).');
    return { uri: NEO4J_URI, user: NEO4J_USER ?? 'neo4j', password: NEO4J_PASSWORD, describe: NEO4J_URI };
  }
  const { user, password } = ensureLocalPassword();
  const port = opts.port ?? Number(process.env.NEO4J_LOCAL_PORT ?? 7687);
  const uri = `bolt://127.0.0.1:${port}`;
  // `npm run db` in another terminal: share it rather than fight over the port.
  if (await answers(uri, user, password))
    return { uri, user, password, describe: `the local Neo4j already running on ${uri}` };
  const owned = await startLocalNeo4j({ ...opts, port });
  return { uri, user, password, owned, describe: `the local Neo4j on ${uri}` };
}
