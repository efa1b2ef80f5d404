// Citations → the provenance properties stored on every node and relationship, disputes included.
import type { Citation } from './model/records.ts';

export interface Provenance {
  source_ids: string[];
  source_paras: number[];
  source_claims: string[];
  source_fields: string[];
  source_values: string[];
  disputed: boolean;
  disputed_fields: string[];
  dispute_note: string | null;
}

/** A field is disputed when its citations give more than one distinct value. */
export function disputedFields(citations: Citation[]): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  for (const c of citations) {
    if (c.field === undefined || c.value === undefined) continue;
    const set = values.get(c.field) ?? new Set<string>();
    set.add(String(c.value));
    values.set(c.field, set);
  }
  for (const [field, set] of values) if (set.size < 2) values.delete(field);
  return values;
}

export function toProvenance(citations: Citation[], disputeNote?: string): Provenance {
  const fields = [...disputedFields(citations).keys()].sort();
  return {
    source_ids: citations.map((c) => c.src),
    source_paras: citations.map((c) => c.para),
    source_claims: citations.map((c) => c.claim),
    source_fields: citations.map((c) => c.field ?? ''),
    source_values: citations.map((c) => (c.value === undefined ? '' : String(c.value))),
    disputed: fields.length > 0 || disputeNote !== undefined,
    disputed_fields: fields,
    dispute_note: disputeNote ?? null,
  };
}
