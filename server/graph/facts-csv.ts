// Facts with their citations → CSV (RFC 4180), one row per citation, safe to open in a spreadsheet.
import type { SourceSummary } from '../contract.ts';
import { toPlain } from '../db/to-plain.ts';

export const FACT_COLUMNS = [
  'kind',
  'key',
  'subject',
  'relationship',
  'object',
  'field',
  'value',
  'recorded_value',
  'source_id',
  'source_file',
  'source_title',
  'paragraph',
  'claim',
  'disputed',
  'dispute_note',
] as const;

/** One node or relationship: what it is and its stored properties (provenance lists included). */
export interface Fact {
  kind: string;
  key: string;
  subject: string;
  relationship: string;
  object: string;
  props: Record<string, unknown>;
}

/** Quotes when needed; a leading = + - @ (a spreadsheet formula) gets a ' so the cell stays text. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: unknown[]) => cells.map(csvCell).join(',');
const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => toPlain(x)) : []);

export function factRows(fact: Fact, sources: Map<string, SourceSummary>): string[] {
  const p = fact.props;
  const [ids, paras, claims, fields, values] = [
    p.source_ids,
    p.source_paras,
    p.source_claims,
    p.source_fields,
    p.source_values,
  ].map(list);
  const disputedFields = new Set(list(p.disputed_fields).map(String));
  const head = [fact.kind, fact.key, fact.subject, fact.relationship, fact.object];
  if (!ids!.length) return [row([...head, '', '', '', '', '', '', '', '', p.disputed ? 'yes' : 'no', p.dispute_note])];
  return ids!.map((id, i) => {
    const field = String(fields![i] ?? '');
    const source = sources.get(String(id));
    const disputed = field ? disputedFields.has(field) : false;
    return row([
      ...head,
      field,
      values![i] ?? '',
      field ? toPlain(p[field]) : '',
      id,
      source?.file ?? '',
      source?.name ?? '',
      paras![i] ?? '',
      claims![i] ?? '',
      disputed ? 'yes' : 'no',
      disputed ? p.dispute_note : '',
    ]);
  });
}

export function factsCsv(facts: Fact[], sources: Map<string, SourceSummary>): string {
  // CRLF per RFC 4180; spreadsheets and parsers all read it.
  return [FACT_COLUMNS.join(','), ...facts.flatMap((f) => factRows(f, sources))].join('\r\n') + '\r\n';
}
