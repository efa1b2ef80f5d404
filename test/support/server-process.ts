// The real server as a child process (`node --import tsx server/index.ts`), for tests that signal or kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed, for assertions and for failure messages. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when a line matching `pattern` has been printed. */
  printed(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function spawnServer(port: number, env: Record<string, string>): ServerProcess {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    // The test's own variables win over .env (loadDotEnv never overrides what is set).
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listeners = new Set<() => void>();
  const take = (chunk: Buffer) => {
    out += chunk.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    exited,
    printed(pattern, timeoutMs = 60_000) {
      return new Promise((done, fail) => {
        const check = () => {
          if (!pattern.test(out)) return;
          listeners.delete(check);
          clearTimeout(timer);
          done();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          fail(new Error(`server did not print ${pattern} within ${timeoutMs} ms:\n${out.slice(-2000)}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) fail(new Error(`server exited before printing ${pattern}:\n${out.slice(-2000)}`));
        });
        check();
      });
    },
  };
}
