// The validator catches each kind of bad record, naming it; the real dataset passes.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../seed/load-dataset.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFingerprints, copiedFrom, readFingerprints } from '../../seed/source-fingerprints.ts';
import { validateDataset } from '../../seed/validate-dataset.ts';
import { relationshipRecord, placeRecord } from '../../seed/model/records.ts';

const prints = readFingerprints();
const data = loadDataset();

/** A copy of the dataset with one record changed, to see the validator object. */
function mutate(change: (d: Dataset) => void): string[] {
  const copy = structuredClone(data);
  change(copy);
  return validateDataset(copy, prints);
}

describe('the curated dataset', () => {
  it('passes every cross-check', () => {
    expect(validateDataset(data, prints)).toEqual([]);
  });

  it('has the scale the story needs', () => {
    const by = (l: string) => data.nodes.filter((n) => n.record.label === l).length;
    expect(by('Faction')).toBeGreaterThanOrEqual(35);
    expect(by('Person')).toBeGreaterThanOrEqual(15);
    expect(by('Place')).toBeGreaterThanOrEqual(70);
    expect(
      data.nodes.filter((n) => n.record.label === 'Event' && 'date' in n.record && n.record.date).length,
    ).toBeGreaterThanOrEqual(35);
    expect(data.relationships.length).toBeGreaterThanOrEqual(300);
  });
});

describe('validateDataset objects to', () => {
  const rel = () => data.relationships.find((r) => r.record.type === 'LEADS')!;

  it('a relationship whose end does not exist', () => {
    const problems = mutate((d) => {
      d.relationships.find((r) => r.where === rel().where)!.record.to = 'nobody-at-all';
    });
    expect(problems).toEqual([expect.stringMatching(/LEADS.*to "nobody-at-all" does not exist/)]);
  });

  it('a relationship joining labels its type does not allow', () => {
    const problems = mutate((d) => {
      d.relationships.find((r) => r.where === rel().where)!.record.to = 'aleppo';
    });
    expect(problems.join()).toContain('LEADS cannot end at a Place');
  });

  it('a citation of a paragraph the document does not have', () => {
    const problems = mutate((d) => {
      d.nodes[0]!.record.sources[0]!.para = 500;
    });
    expect(problems.join()).toMatch(/paragraph 500, which has only \d+/);
  });

  it('a claim that copies seven words of a document, but not one that shares a name or a few words', () => {
    // A made-up document, fingerprinted like the real ones, so no real sentence has to live in the repo.
    const dir = mkdtempSync(join(tmpdir(), 'prints-'));
    writeFileSync(
      join(dir, '000_ad213eb8803eeb8a.txt'),
      'Heading\nThe quick brown fox jumped over the lazy dog near Hama.\n',
    );
    const fake = buildFingerprints(dir);
    expect(copiedFrom('Near Hama, the quick brown fox jumped over the lazy dog.', fake)).toEqual([
      '000_ad213eb8803eeb8a.txt',
    ]);
    expect(copiedFrom('A brown fox jumped near Hama over a dog that was lazy.', fake)).toEqual([]);
    const copy = structuredClone(data);
    copy.nodes[0]!.record.sources[0]!.claim = 'the quick brown fox jumped over the lazy dog';
    const problems = validateDataset(copy, [...fake, ...prints.filter((p) => p.file !== fake[0]!.file)]);
    expect(problems.join()).toContain('copies words from 000_ad213eb8803eeb8a.txt');
  });

  it('two entities sharing a name without saying so', () => {
    const problems = mutate((d) => {
      const jolani = d.nodes.find((n) => n.record.id === 'al-jolani')!;
      d.nodes.find((n) => n.record.id === 'hts')!.record.aliases.push(`${jolani.record.name.toUpperCase()}`);
    });
    expect(problems.join()).toMatch(/name ".*jolani" is also a name of/);
  });

  it('sources that disagree with no dispute note', () => {
    const problems = mutate((d) => {
      const r = d.relationships.find((x) => x.record.dispute_note && x.record.sources.some((c) => c.field === 'date'))!;
      delete r.record.dispute_note;
    });
    expect(problems.join()).toContain('sources disagree on date');
  });

  it('a figure without a citation', () => {
    const problems = mutate((d) => {
      d.nodes.find((n) => n.record.id === 'hama')!.record.props.made_up_count = 12;
    });
    expect(problems.join()).toContain('figure made_up_count=12 has no citation');
  });

  it('a period that ends before it starts', () => {
    const problems = mutate((d) => {
      Object.assign(d.relationships.find((r) => r.where === rel().where)!.record, { start: '2020', end: '2019-05' });
    });
    expect(problems.join()).toContain('ends (2019-05) before it starts (2020)');
  });
});

describe('record schemas', () => {
  it('reject dates that do not fit their precision', () => {
    const res = relationshipRecord.safeParse({
      type: 'LEADS',
      from: 'a',
      to: 'b',
      date: '2024-13',
      sources: [{ src: 's', para: 1, claim: 'a claim here' }],
    });
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.message).toContain('ISO date');
  });

  it('reject coordinates without a precision', () => {
    const res = placeRecord.safeParse({
      id: 'x',
      name: 'X',
      kind: 'city',
      lat: 36,
      lon: 37,
      sources: [{ src: 's', para: 1, claim: 'a claim here' }],
    });
    expect(res.success).toBe(false);
  });
});
