// Turning typed text into a safe Lucene query, and explaining which alias matched.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainMatch, luceneQuery } from '../../server/graph/search-query.ts';
import { normalizeName } from '../../seed/model/normalize-name.ts';

describe('normalizeName', () => {
  it('folds case, accents, apostrophes and punctuation', () => {
    expect(normalizeName('Hay’at Taḥrīr al-Shām')).toBe('hayat tahrir al sham');
    expect(normalizeName("Hay'at Tahrir al-Sham")).toBe('hayat tahrir al sham');
    expect(normalizeName('  Tell   Rifaat ')).toBe('tell rifaat');
  });
});

describe('luceneQuery', () => {
  it('asks for each word exactly, as a prefix, and with typos allowed by length', () => {
    expect(luceneQuery('al-Jolani')).toBe('(al^4 OR al*^2) AND (jolani^4 OR jolani*^2 OR jolani~1)');
    expect(luceneQuery('Damascus')).toBe('(damascus^4 OR damascus*^2 OR damascus~2)');
  });

  it('leaves out the words the index never stores, unless they are all there is', () => {
    expect(luceneQuery('Islamic State of Iraq')).toBe(
      '(islamic^4 OR islamic*^2 OR islamic~1) AND (state^4 OR state*^2 OR state~1) AND (iraq^4 OR iraq*^2 OR iraq~1)',
    );
    expect(luceneQuery('the of')).toBe('the*^2 OR of*^2');
  });

  it('returns null when nothing searchable is left', () => {
    expect(luceneQuery('  "*" ')).toBeNull();
  });

  it('never lets Lucene syntax through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const q = luceneQuery(s);
        if (q === null) return;
        // Only our own operators and characters remain.
        expect(q.replace(/\^[24]|\*\^2|~[12]| OR | AND /g, '')).toMatch(/^[()\p{L}\p{N} ]*$/u);
        expect(q).not.toMatch(/\b(?:NOT|TO)\b|[":[\]{}\\/!+-]/);
      }),
    );
  });
});

describe('explainMatch', () => {
  const aliases = ['al-Jolani', 'Abu Mohammad al-Julani', 'Ahmed al-Sharaa'];

  it('points at the alias that was typed', () => {
    expect(explainMatch('al-sharaa', 'Abu Mohammad al-Jolani', aliases)).toEqual({
      field: 'alias',
      value: 'Ahmed al-Sharaa',
      how: 'exact',
    });
  });

  it('prefers the name when the name matches as well', () => {
    expect(explainMatch('abu mohammad al-jolani', 'Abu Mohammad al-Jolani', aliases).field).toBe('name');
  });

  it('says a match was fuzzy when it needed a typo', () => {
    expect(explainMatch('julanni', 'Abu Mohammad al-Jolani', aliases)).toMatchObject({ how: 'fuzzy' });
  });

  it('says a match was a prefix while typing', () => {
    expect(explainMatch('shar', 'Abu Mohammad al-Jolani', aliases)).toEqual({
      field: 'alias',
      value: 'Ahmed al-Sharaa',
      how: 'prefix',
    });
  });
});
