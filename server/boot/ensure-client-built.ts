// Builds the client with Vite when client/dist is missing or older than its sources, so `npm start` is enough.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';

export const CLIENT_ROOT = resolve(import.meta.dirname, '..', '..', 'client');
export const CLIENT_DIST = join(CLIENT_ROOT, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function clientIsStale(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const shared = resolve(CLIENT_ROOT, '..', 'server', 'contract.ts');
  return Math.max(newestMtime(CLIENT_ROOT), statSync(shared).mtimeMs) > statSync(index).mtimeMs;
}

export async function ensureClientBuilt(log: Logger): Promise<void> {
  if (!clientIsStale()) return;
  log.info('building the client (first start, or its sources changed)…');
  const { build } = await import('vite');
  // Vite keeps a NODE_ENV it finds already set (the test runner sets "test") and then builds for development: JSX
  // carrying this machine's source paths. Whoever triggers the build, the page is served as a production build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(CLIENT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
  log.info('client built');
}
