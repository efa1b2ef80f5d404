// Reads .env into process.env and, on first run, writes a generated Neo4j password there.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ENV_FILE = resolve(import.meta.dirname, '..', '.env');

/** Loads .env without overriding variables already set by the caller's shell. */
export function loadDotEnv(file = ENV_FILE): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * The local database needs a password before it first starts; we generate one and keep it in .env
 * so every later start (and docker compose) uses the same.
 */
export function ensureLocalPassword(file = ENV_FILE): { user: string; password: string } {
  loadDotEnv(file);
  const user = process.env.NEO4J_USER ?? 'neo4j';
  let password = process.env.NEO4J_PASSWORD;
  if (!password) {
    password = randomBytes(18).toString('base64url');
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
    appendFileSync(
      file,
      `${sep}# Generated on first run for the local Neo4j (and docker compose). Change it here if you like.\nNEO4J_PASSWORD=${password}\n`,
    );
    process.env.NEO4J_PASSWORD = password;
    console.log(`[neo4j-local] generated a password for the local Neo4j and wrote it to ${file}`);
  }
  if (password.length < 8) {
    throw new Error('NEO4J_PASSWORD in .env must be at least 8 characters (Neo4j refuses shorter ones)');
  }
  return { user, password };
}
