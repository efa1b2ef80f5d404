// Hashed word-runs of the source documents, so tests can prove no claim copies a sentence without the repo holding the text.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeName } from './model/normalize-name.ts';

/** Seven words in a row shared with a document is a copied phrase, not a shared name. */
export const RUN_LENGTH = 7;
export const FINGERPRINT_FILE = resolve(import.meta.dirname, 'data', 'source-fingerprints.json');
export const DEFAULT_SEEDS_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');

export interface Fingerprint {
  file: string;
  paragraphs: number;
  runs: string[];
}

function runHashes(text: string): string[] {
  const words = normalizeName(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
    out.push(
      createHash('sha1')
        .update(words.slice(i, i + RUN_LENGTH).join(' '))
        .digest('hex')
        .slice(0, 12),
    );
  }
  return out;
}

export function buildFingerprints(seedsDir = DEFAULT_SEEDS_DIR): Fingerprint[] {
  return readdirSync(seedsDir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((file) => {
      const paragraphs = readFileSync(join(seedsDir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      return { file, paragraphs: paragraphs.length, runs: [...new Set(paragraphs.flatMap(runHashes))].sort() };
    });
}

export function writeFingerprints(seedsDir = DEFAULT_SEEDS_DIR): void {
  writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(buildFingerprints(seedsDir))}\n`);
}

export function readFingerprints(): Fingerprint[] {
  if (!existsSync(FINGERPRINT_FILE))
    throw new Error(`${FINGERPRINT_FILE} is missing: run \`npm run seed -- --fingerprint\``);
  return JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Fingerprint[];
}

/** The documents (by file) with which `text` shares a run of RUN_LENGTH words. */
export function copiedFrom(text: string, prints: Fingerprint[]): string[] {
  const mine = new Set(runHashes(text));
  return prints.filter((p) => p.runs.some((h) => mine.has(h))).map((p) => p.file);
}
