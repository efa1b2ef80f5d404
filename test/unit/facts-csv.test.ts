// The facts CSV: one row per citation, quoting that any reader accepts, and no formula injection into spreadsheets.
import { describe, expect, it } from 'vitest';
import { csvCell, factRows, factsCsv, FACT_COLUMNS, type Fact } from '../../server/graph/facts-csv.ts';
import { parseCsv } from '../support/csv.ts';

const source = {
  key: 'src-a',
  name: 'An analysis, "quoted"',
  kind: 'analysis-article',
  file: '000_ab.txt',
  date: '2024-12-10',
  dateRole: 'written',
  trust: 'standard',
};
const sources = new Map([[source.key, source]]);
const fact: Fact = {
  kind: 'Event',
  key: 'capture-of-aleppo',
  subject: 'Capture of Aleppo',
  relationship: '',
  object: '',
  props: {
    date: '2024-11-29',
    source_ids: ['src-a', 'src-b'],
    source_paras: [8, 5],
    source_claims: ['Rebels took the city, on the 29th.', '=HYPERLINK("x") says by 1 December'],
    source_fields: ['date', 'date'],
    source_values: ['2024-11-29', '2024-12-01'],
    disputed: true,
    disputed_fields: ['date'],
    dispute_note: 'Doc 002 is later and less trusted.\nKept 29 Nov.',
  },
};

describe('facts CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas but not numbers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });

  it('gives one row per citation, both sides of a dispute with the recorded value beside them', () => {
    const rows = factRows(fact, sources).map((r) => parseCsv(`${r}\r\n`)[0]!);
    expect(rows).toHaveLength(2);
    const col = (row: string[], name: (typeof FACT_COLUMNS)[number]) => row[FACT_COLUMNS.indexOf(name)];
    expect(rows.map((r) => col(r, 'value'))).toEqual(['2024-11-29', '2024-12-01']);
    for (const r of rows) {
      expect(r).toHaveLength(FACT_COLUMNS.length);
      expect(col(r, 'recorded_value')).toBe('2024-11-29');
      expect(col(r, 'disputed')).toBe('yes');
      expect(col(r, 'dispute_note')).toContain('\n');
    }
    expect(col(rows[0]!, 'source_title')).toBe('An analysis, "quoted"');
    expect(col(rows[1]!, 'source_file')).toBe('');
    expect(col(rows[1]!, 'claim')!.startsWith("'=")).toBe(true);
  });

  it('writes a header and CRLF rows that a strict reader parses back', () => {
    const table = parseCsv(factsCsv([fact, { ...fact, key: 'x', props: { name: 'X' } }], sources));
    expect(table[0]).toEqual([...FACT_COLUMNS]);
    expect(table).toHaveLength(4);
    expect(table[3]!.slice(0, 2)).toEqual(['Event', 'x']);
  });
});
