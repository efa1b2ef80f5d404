// One table for people (Markdown, ready for the README) and the same figures in full as JSON in bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { round } from './stats.ts';

export interface Row {
  area: string;
  measure: string;
  value: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  /** Whether the target was met; absent when there is none. */
  met?: boolean;
}

export const ms = (n: number) => `${round(n)} ms`;
export const perSecond = (n: number) => `${Math.round(n).toLocaleString('en')}/s`;
export const times = (n: number) => `${round(n)}×`;
export const bytes = (n: number) => `${Math.round(n).toLocaleString('en')} B`;

export function table(rows: Row[]): string {
  const head = ['area', 'measure', 'value', 'compared with', 'ratio', 'target'];
  const body = rows.map((r) => [
    r.area,
    r.measure,
    r.value,
    r.baseline ?? '',
    r.ratio ?? '',
    r.target ? `${r.target}${r.met === undefined ? '' : r.met ? ' ✓' : ' ✗'}` : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n');
}

export function writeJson(figures: unknown, quick: boolean): string {
  const dir = resolve(import.meta.dirname, '..', '..', 'bench-results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = resolve(dir, `bench-${quick ? 'quick-' : ''}${stamp}.json`);
  const text = JSON.stringify(figures, null, 2);
  writeFileSync(file, text);
  writeFileSync(resolve(dir, quick ? 'latest-quick.json' : 'latest.json'), text);
  return file;
}
