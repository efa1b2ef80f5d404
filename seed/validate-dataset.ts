// Cross-record checks the schemas cannot see: ends exist, citations point at real paragraphs, dates, names, disputes, copying.
import type { Dataset } from './load-dataset.ts';
import { isRealDate, firstDay, lastDay } from './model/dates.ts';
import { nameIdentity } from './model/normalize-name.ts';
import type { Citation } from './model/records.ts';
import { RELATIONSHIP_RULES, type RelationshipType } from './model/relationship-types.ts';
import { DATE_FIELDS, type EntityLabel } from './model/vocabulary.ts';
import { disputedFields } from './provenance.ts';
import { relationshipKey } from './relationship-key.ts';
import { copiedFrom, type Fingerprint } from './source-fingerprints.ts';

type Fields = Record<string, unknown> & { sources: Citation[]; dispute_note?: string; props: Record<string, unknown> };

/** Every problem found, each naming its record; empty when the dataset is sound. */
export function validateDataset(data: Dataset, prints: Fingerprint[]): string[] {
  const problems: string[] = [];
  const labelOf = new Map<string, EntityLabel>();
  const paragraphs = new Map(data.sources.map(({ record }) => [record.id, record.paragraphs]));

  for (const { record, where } of data.sources) {
    const print = prints.find((p) => p.file === record.file);
    if (!print) problems.push(`${where}: no document ${record.file} among the fingerprinted sources`);
    else if (print.paragraphs !== record.paragraphs)
      problems.push(`${where}: says ${record.paragraphs} paragraphs, the document has ${print.paragraphs}`);
    labelOf.set(record.id, 'Source');
  }
  for (const { record, where } of data.nodes) {
    if (labelOf.has(record.id)) problems.push(`${where}: id "${record.id}" is used twice`);
    labelOf.set(record.id, record.label);
  }

  const checkFacts = (where: string, r: Fields) => {
    for (const c of r.sources) {
      const max = paragraphs.get(c.src);
      if (max === undefined) problems.push(`${where}: cites unknown source "${c.src}"`);
      else if (c.para > max) problems.push(`${where}: cites ${c.src} paragraph ${c.para}, which has only ${max}`);
      const copied = copiedFrom(c.claim, prints);
      if (copied.length) problems.push(`${where}: claim copies words from ${copied.join(', ')}: "${c.claim}"`);
    }
    for (const f of DATE_FIELDS) {
      const v = r[f];
      if (typeof v === 'string' && !isRealDate(v)) problems.push(`${where}: ${f} ${v} is not a calendar date`);
    }
    const [start, end] = [r.start ?? r.date, r.end ?? r.end_date] as (string | undefined)[];
    if (start && end && lastDay(end) < firstDay(start))
      problems.push(`${where}: ends (${end}) before it starts (${start})`);
    for (const [field, values] of disputedFields(r.sources)) {
      if (!r.dispute_note)
        problems.push(
          `${where}: sources disagree on ${field} (${[...values].join(' / ')}) but there is no dispute_note`,
        );
      const own = r[field] ?? r.props[field];
      if (own !== undefined && !values.has(String(own)))
        problems.push(
          `${where}: records ${field}=${String(own)}, which no citation gives (${[...values].join(' / ')})`,
        );
    }
    for (const [key, value] of Object.entries(r.props)) {
      if (typeof value === 'number' && !r.sources.some((c) => c.field === key))
        problems.push(`${where}: figure ${key}=${value} has no citation naming field "${key}"`);
    }
    for (const c of r.sources) {
      if (c.field && c.value !== undefined && r[c.field] === undefined && r.props[c.field] === undefined)
        problems.push(`${where}: a citation supports field "${c.field}", which the record does not have`);
    }
  };

  const owners = new Map<string, { id: string; where: string; shares: string[] }>();
  for (const { record, where } of data.nodes) {
    checkFacts(where, record as unknown as Fields);
    for (const name of new Set([record.name, ...record.aliases].map(nameIdentity))) {
      const prior = owners.get(name);
      if (
        prior &&
        prior.id !== record.id &&
        !prior.shares.includes(record.id) &&
        !record.shares_name_with.includes(prior.id)
      )
        problems.push(
          `${where}: name "${name}" is also a name of ${prior.where}; mark shares_name_with if both are right`,
        );
      else if (!prior) owners.set(name, { id: record.id, where, shares: record.shares_name_with });
    }
    for (const other of record.shares_name_with)
      if (!labelOf.has(other)) problems.push(`${where}: shares_name_with unknown id "${other}"`);
  }

  const keys = new Set<string>();
  for (const { record, where } of data.relationships) {
    checkFacts(where, record as unknown as Fields);
    const key = relationshipKey(record);
    if (keys.has(key)) problems.push(`${where}: relationship key "${key}" is used twice; give each an explicit id`);
    keys.add(key);
    const rule = RELATIONSHIP_RULES[record.type as RelationshipType];
    const [from, to] = [labelOf.get(record.from), labelOf.get(record.to)];
    if (!from) problems.push(`${where}: from "${record.from}" does not exist`);
    else if (!(rule.from as readonly string[]).includes(from))
      problems.push(`${where}: ${record.type} cannot start at a ${from} (allowed: ${rule.from.join(', ')})`);
    if (!to) problems.push(`${where}: to "${record.to}" does not exist`);
    else if (!(rule.to as readonly string[]).includes(to))
      problems.push(`${where}: ${record.type} cannot end at a ${to} (allowed: ${rule.to.join(', ')})`);
    if (record.from === record.to) problems.push(`${where}: joins ${record.from} to itself`);
  }
  return problems;
}
