// The console's pure parts: parameters, the parameters a query uses, history, completion, and the README's examples.
import { describe, expect, it } from 'vitest';
import { cypherOptions } from '../../client/src/console/cypher-completion.ts';
import { EXAMPLES, parseExamples } from '../../client/src/console/examples.ts';
import { loadHistory, pushHistory, saveHistory, type HistoryEntry } from '../../client/src/console/query-history.ts';
import { missingParams, paramNames, parseParams } from '../../client/src/console/query-params.ts';

describe('parameters', () => {
  it('accepts an empty field or a JSON object and names what is wrong otherwise', () => {
    expect(parseParams('  ')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"key": "hts", "n": 3}')).toEqual({ ok: true, params: { key: 'hts', n: 3 } });
    expect(parseParams('[1]')).toMatchObject({ ok: false, error: expect.stringContaining('JSON object') });
    expect(parseParams('{key: 1}')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
  });

  it('finds the $parameters a query uses, not those inside strings or comments', () => {
    const q = "MATCH (n {id: $key}) // $commented\nWHERE n.name <> '$quoted' AND n.x IN $`odd name` RETURN $key";
    expect(paramNames(q)).toEqual(['key', 'odd name']);
    expect(missingParams(q, { key: 'hts' })).toEqual(['odd name']);
  });
});

describe('history', () => {
  const e = (query: string, at = '2024-12-08'): HistoryEntry => ({ query, params: '', at });
  it('puts the newest first, moves a repeat up instead of duplicating it, and keeps a bounded number', () => {
    let h: HistoryEntry[] = [];
    for (const q of ['a', 'b', 'c', 'a']) h = pushHistory(h, e(q), 3);
    expect(h.map((x) => x.query)).toEqual(['a', 'c', 'b']);
    h = pushHistory(h, e('d'), 3);
    expect(h.map((x) => x.query)).toEqual(['d', 'a', 'c']);
  });

  it('round-trips through storage and survives garbage in it', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    saveHistory([e('MATCH (n) RETURN n')], storage);
    expect(loadHistory(storage).map((x) => x.query)).toEqual(['MATCH (n) RETURN n']);
    store.set('explorer.cypher-history', '{not json');
    expect(loadHistory(storage)).toEqual([]);
    store.set('explorer.cypher-history', JSON.stringify([{ query: 1 }, e('ok')]));
    expect(loadHistory(storage).map((x) => x.query)).toEqual(['ok']);
  });
});

describe('completion', () => {
  it('offers labels and types after a colon, only types inside brackets, properties after a dot', () => {
    const labels = (t: string) => cypherOptions(t)!.options.map((o) => o.label);
    expect(labels('MATCH (n:Fa')).toContain('Faction');
    expect(labels('MATCH (n:Fa')).toContain('LEADS');
    expect(labels('MATCH ()-[r:LE')).not.toContain('Faction');
    expect(labels('MATCH ()-[r:LE')).toContain('LEADS');
    expect(labels('RETURN n.')).toEqual(expect.arrayContaining(['name', 'date', 'source_ids', 'date_precision']));
    expect(cypherOptions('MATCH (n:Fa')!.from).toBe('MATCH (n:'.length);
    expect(labels('MAT')).toContain('MATCH');
    expect(cypherOptions('RETURN $ke')).toBeNull();
  });
});

describe('examples', () => {
  it('are the README’s first ten queries, each with its title', () => {
    expect(EXAMPLES).toHaveLength(10);
    expect(EXAMPLES[0]!.title).toMatch(/al-Jolani/i);
    expect(EXAMPLES.every((x) => /\b(MATCH|RETURN)\b/.test(x.query))).toBe(true);
    expect(parseExamples('1. One:\n\n```cypher\nRETURN 1;\n```\n')).toEqual([{ title: 'One', query: 'RETURN 1;' }]);
  });
});
