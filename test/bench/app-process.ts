// Starts a benchmark server (the app, or the bare node:http floor) as a child process; hands back its URL and a stop.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface AppProcess {
  url: string;
  stop(): Promise<void>;
}

/** The real app (serve-app.ts). */
export const startAppProcess = (boltUri: string) => startServerProcess('serve-app.ts', 'app', boltUri);

/** node:http alone over the same reads (bare-http-server.ts). */
export const startBareProcess = (boltUri: string) => startServerProcess('bare-http-server.ts', 'bare server', boltUri);

function startServerProcess(script: string, what: string, boltUri: string): Promise<AppProcess> {
  const tsx = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [resolve(import.meta.dirname, script), boltUri], {
    // stdin stays open while we live: the child exits when it closes, even if we are killed.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the benchmark ${what} did not start within 60 s`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /PORT (\d+)/.exec(chunk.toString());
      if (!m) return;
      clearTimeout(timer);
      done({
        url: `http://127.0.0.1:${m[1]}`,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(() => fail(new Error(`the benchmark ${what} exited before listening`)));
  });
}
