// Reads the curated YAML, validates each record with zod and names the file and record of every problem.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  eventRecord,
  factionRecord,
  personRecord,
  placeRecord,
  relationshipRecord,
  sourceRecord,
  type EventRecord,
  type FactionRecord,
  type PersonRecord,
  type PlaceRecord,
  type RelationshipRecord,
  type SourceRecord,
} from './model/records.ts';

export const DATA_DIR = resolve(import.meta.dirname, 'data');

export type NodeRecord =
  | (FactionRecord & { label: 'Faction' })
  | (PersonRecord & { label: 'Person' })
  | (PlaceRecord & { label: 'Place' })
  | (EventRecord & { label: 'Event' });

export interface Located<T> {
  record: T;
  /** "factions.yaml #3 (hts)": where a human finds the record. */
  where: string;
}

export interface Dataset {
  sources: Located<SourceRecord>[];
  nodes: Located<NodeRecord>[];
  relationships: Located<RelationshipRecord>[];
}

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'DatasetError';
  }
}

const NODE_FILES = [
  ['factions.yaml', 'Faction', factionRecord],
  ['people.yaml', 'Person', personRecord],
  ['places.yaml', 'Place', placeRecord],
  ['events.yaml', 'Event', eventRecord],
] as const;

function readList(file: string, problems: string[]): unknown[] {
  if (!existsSync(file)) return [];
  try {
    const doc = parse(readFileSync(file, 'utf8')) as unknown;
    if (doc === null || doc === undefined) return [];
    if (!Array.isArray(doc)) {
      problems.push(`${relative(DATA_DIR, file)}: expected a YAML list of records`);
      return [];
    }
    return doc;
  } catch (err) {
    problems.push(`${relative(DATA_DIR, file)}: YAML does not parse: ${(err as Error).message.split('\n')[0]}`);
    return [];
  }
}

function parseAll<S extends z.ZodType>(file: string, schema: S, problems: string[]): Located<z.output<S>>[] {
  const out: Located<z.output<S>>[] = [];
  readList(file, problems).forEach((raw, i) => {
    const rawId = (raw as { id?: unknown; type?: unknown; from?: unknown; to?: unknown }) ?? {};
    const label =
      typeof rawId.id === 'string' ? rawId.id : `${String(rawId.from)} ${String(rawId.type)} ${String(rawId.to)}`;
    const where = `${relative(DATA_DIR, file)} #${i + 1} (${label})`;
    const res = schema.safeParse(raw);
    if (res.success) out.push({ record: res.data, where });
    else
      for (const issue of res.error.issues)
        problems.push(`${where}: ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  });
  return out;
}

/** Loads and schema-checks every record; throws DatasetError listing all problems at once. */
export function loadDataset(dir = DATA_DIR): Dataset {
  const problems: string[] = [];
  const sources = parseAll(join(dir, 'sources.yaml'), sourceRecord, problems);
  const nodes: Located<NodeRecord>[] = [];
  for (const [file, label, schema] of NODE_FILES) {
    for (const item of parseAll(join(dir, file), schema, problems)) {
      nodes.push({ where: item.where, record: { ...item.record, label } as NodeRecord });
    }
  }
  const relDir = join(dir, 'relationships');
  const relFiles = existsSync(relDir)
    ? readdirSync(relDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  const relationships = relFiles.flatMap((f) => parseAll(join(relDir, f), relationshipRecord, problems));
  if (problems.length) throw new DatasetError(problems);
  return { sources, nodes, relationships };
}
