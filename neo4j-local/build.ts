// Makes sure Java 17+ is present and the embedded Neo4j is built from Maven Central (once; later runs reuse it).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LAUNCHER_DIR = resolve(import.meta.dirname);
const TARGET = join(LAUNCHER_DIR, 'target');
const STAMP = join(TARGET, 'build.stamp');
const INPUTS = ['pom.xml', 'src/main/java/explorer/LocalNeo4j.java'];

export function javaMajorVersion(): number | undefined {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (out.error) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!m) return undefined;
  // Java 8 and older report "1.8"; Neo4j 5.26 needs 17 or 21 either way.
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

export function assertJava17(): void {
  const major = javaMajorVersion();
  if (major === undefined) {
    throw new Error(
      'Java was not found. The local Neo4j needs Java 17 (apt install openjdk-17-jre-headless), or set NEO4J_URI to use a Neo4j of your own.',
    );
  }
  if (major < 17) {
    throw new Error(`Java ${major} found; the local Neo4j 5.26 needs Java 17 or 21.`);
  }
}

function inputsHash(): string {
  const h = createHash('sha256');
  for (const f of INPUTS) h.update(readFileSync(join(LAUNCHER_DIR, f)));
  return h.digest('hex');
}

/** Builds only when the pom or the launcher source changed since the last build. */
export function ensureBuilt(log: (line: string) => void = console.log): string {
  assertJava17();
  const hash = inputsHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return classpath();
  try {
    execFileSync('mvn', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('Maven (mvn) was not found. Install it (apt install maven) or set NEO4J_URI.');
  }
  log(
    '[neo4j-local] fetching Neo4j Community 5.26 from Maven Central and building the launcher (first run only: about 125 MB, a minute or two)…',
  );
  const res = spawnSync('mvn', ['-q', '-B', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) throw new Error('Building the local Neo4j with Maven failed (see the output above).');
  writeFileSync(STAMP, hash);
  log('[neo4j-local] built.');
  return classpath();
}

function classpath(): string {
  return [join(TARGET, 'classes'), join(TARGET, 'lib', '*')].join(':');
}
