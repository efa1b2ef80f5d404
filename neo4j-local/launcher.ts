// Starts the embedded Neo4j as a child JVM, waits until Bolt answers, and hands back its URI and a way to stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ensureBuilt, LAUNCHER_DIR } from './build.ts';
import { ensureLocalPassword } from './credentials.ts';
import { jvmOptions } from './jvm-options.ts';

export interface LocalNeo4jOptions {
  /** Store folder; a second start with the same folder reuses its data. */
  home?: string;
  port?: number;
  heap?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  port: number;
  /** Clean shutdown (SIGTERM, then SIGKILL after a deadline). */
  stop(): Promise<void>;
  /** Abrupt death, as a crash would look to the app. */
  kill(): Promise<void>;
}

export const DEFAULT_HOME = resolve(LAUNCHER_DIR, '..', '.neo4j', 'data');

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, host, () => probe.close(() => done(true)));
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const home = resolve(opts.home ?? DEFAULT_HOME);
  const port = opts.port ?? Number(process.env.NEO4J_LOCAL_PORT ?? 7687);
  const { user, password } = ensureLocalPassword();
  const classpath = ensureBuilt(log);

  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
        'Stop whatever holds it (another `npm run db`?), set NEO4J_LOCAL_PORT to another port, or set NEO4J_URI to use that server.',
    );
  }
  mkdirSync(home, { recursive: true });
  log(`[neo4j-local] starting Neo4j 5.26 (store: ${home})…`);

  const child = spawn(
    'java',
    [
      ...jvmOptions(opts.heap ?? process.env.NEO4J_LOCAL_HEAP ?? '1g'),
      '-cp',
      classpath,
      'explorer.LocalNeo4j',
      '--home',
      home,
      '--port',
      String(port),
      '--conf',
      join(LAUNCHER_DIR, 'neo4j.conf'),
      '--exit-on-stdin-close',
    ],
    { env: { ...process.env, NEO4J_PASSWORD: password }, stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  await waitForReady(child, exited, opts.startTimeoutMs ?? 180_000);
  const uri = `bolt://127.0.0.1:${port}`;
  log(`[neo4j-local] Neo4j is listening on ${uri} (user ${user}, password in .env)`);

  const stopWith = async (signal: NodeJS.Signals, deadlineMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    uri,
    user,
    password,
    home,
    port,
    stop: () => stopWith('SIGTERM', 30_000),
    kill: () => stopWith('SIGKILL', 5_000),
  };
}

function waitForReady(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`The local Neo4j did not become ready within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('NEO4J_READY')) {
        clearTimeout(timer);
        done();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const reason = /NEO4J_FAILED (.*)/.exec(stderr)?.[1] ?? stderr.trim().split('\n').slice(-3).join(' ');
      fail(new Error(`The local Neo4j exited (code ${code}) before it was ready: ${reason || 'no message'}`));
    });
  });
}
