// `npm run db`: runs the local Neo4j in the foreground until Ctrl-C (or tells you it is not needed).
import { loadDotEnv } from './credentials.ts';
import { startLocalNeo4j } from './launcher.ts';

loadDotEnv();
if (process.env.NEO4J_URI) {
  console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): that server is used and nothing local is started.`);
  process.exit(0);
}

try {
  const db = await startLocalNeo4j();
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n[neo4j-local] stopping…');
    await db.stop();
    console.log('[neo4j-local] stopped cleanly.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`[neo4j-local] ${(err as Error).message}`);
  process.exit(1);
}
