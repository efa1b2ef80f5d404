// The URL codec: readable links, exact round trips (fast-check), and any address decoding to a valid view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';
import { ENTITY_LABELS } from '../../seed/model/vocabulary.ts';
import { decodeUrlView, encodeUrlView, toUrlView, type UrlView } from '../../client/src/state/url-state.ts';
import {
  DEFAULT_NEIGHBOURS,
  defaultFilters,
  initialState,
  MAX_PATH_STEPS,
  MODES,
} from '../../client/src/state/view-state.ts';

const empty: UrlView = {
  mode: 'explore',
  scene: null,
  steps: [],
  selection: null,
  filters: defaultFilters,
  sizeBy: 'degree',
  expandLimit: DEFAULT_NEIGHBOURS,
  communities: false,
  pinned: {},
  timelineKey: null,
  consoleQuery: null,
};

/** Keys as they may come from any dataset: anything printable, separators and percent signs included. */
const key = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((s) => !/\p{Cc}/u.test(s));
const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const coord = fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100);

const urlView: fc.Arbitrary<UrlView> = fc.record({
  mode: fc.constantFrom(...MODES),
  scene: fc.oneof(
    fc.constant(null),
    key.map((k) => ({ kind: 'entity' as const, key: k })),
    fc.record({ kind: fc.constant('entity' as const), key, limit: fc.integer({ min: 1, max: 1000 }) }),
    fc.constant({ kind: 'network' as const }),
    fc.record(
      {
        kind: fc.constant('path' as const),
        from: key,
        to: key,
        date: fc.option(day, { nil: null }),
        max: fc.integer({ min: 1, max: MAX_PATH_STEPS }),
        types: fc.shuffledSubarray([...RELATIONSHIP_TYPES], { minLength: 1 }),
      },
      { requiredKeys: ['kind', 'from', 'to', 'date'] },
    ),
  ),
  steps: fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('expand' as const), key }),
      fc.record({ op: fc.constant('expand' as const), key, limit: fc.integer({ min: 1, max: 1000 }) }),
      fc.record(
        {
          op: fc.constant('expand' as const),
          key,
          limit: fc.integer({ min: 1, max: 1000 }),
          // Steps keep their types in the closed list's order (subarray keeps it).
          types: fc.subarray([...RELATIONSHIP_TYPES], { minLength: 1 }),
        },
        { requiredKeys: ['op', 'key', 'types'] },
      ),
      fc.record({ op: fc.constant('collapse' as const), key }),
    ),
    { maxLength: 6 },
  ),
  selection: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), key }), { nil: null }),
  filters: fc
    .record({
      entityTypes: fc.subarray([...ENTITY_LABELS]),
      relTypes: fc.subarray([...RELATIONSHIP_TYPES]),
      a: fc.option(day, { nil: null }),
      b: fc.option(day, { nil: null }),
    })
    .map(({ a, b, ...f }) => ({ ...f, dateFrom: a && b && a > b ? b : a, dateTo: a && b && a > b ? a : b })),
  sizeBy: fc.constantFrom('degree' as const, 'pagerank' as const),
  expandLimit: fc.integer({ min: 1, max: 1000 }),
  communities: fc.boolean(),
  pinned: fc.dictionary(key, fc.record({ x: coord, y: coord }), { maxKeys: 4 }),
  timelineKey: fc.option(key, { nil: null }),
  // Cypher as typed: any text, line breaks, quotes, % and & included; the parameters' JSON text may be empty.
  consoleQuery: fc.option(
    fc.record({
      query: fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }),
      params: fc.string({ maxLength: 40, unit: 'grapheme' }),
    }),
    { nil: null },
  ),
});

describe('URL codec', () => {
  it('writes nothing for the default view, and short, readable links otherwise', () => {
    expect(encodeUrlView(empty)).toBe('');
    const v: UrlView = {
      ...empty,
      mode: 'path',
      scene: { kind: 'path', from: 'hezbollah', to: 'hts', date: '2024-12-01' },
      steps: [
        { op: 'expand', key: 'saa' },
        { op: 'collapse', key: 'saa' },
      ],
      selection: { kind: 'edge', key: 'hts>OPPOSES>assad-government' },
      filters: { ...defaultFilters, entityTypes: ['Faction', 'Person', 'Event', 'Source'], dateTo: '2024-12-08' },
    };
    expect(encodeUrlView(v)).toBe(
      'mode=path&path=hezbollah,hts,2024-12-01&steps=saa,!saa&edge=hts%3EOPPOSES%3Eassad-government&hide=Place&dateTo=2024-12-08',
    );
  });

  it('carries the relationship types an expansion went through, and drops types the API would refuse', () => {
    const v: UrlView = {
      ...empty,
      scene: { kind: 'entity', key: 'hts' },
      steps: [
        { op: 'expand', key: 'hts', types: ['ALLIED_WITH', 'OPPOSES'] },
        { op: 'expand', key: 'saa', limit: 25, types: ['LEADS'] },
      ],
    };
    const link = 'focus=hts&steps=hts~ALLIED_WITH.OPPOSES,saa~25~LEADS';
    expect(encodeUrlView(v)).toBe(link);
    expect(decodeUrlView(`?${link}`)).toEqual(v);
    expect(decodeUrlView('?steps=hts~OPPOSES.NOPE.ALLIED_WITH.OPPOSES,saa~NOPE~30,x~99999~LEADS').steps).toStrictEqual([
      { op: 'expand', key: 'hts', types: ['ALLIED_WITH', 'OPPOSES'] },
      { op: 'expand', key: 'saa', limit: 30 },
      { op: 'expand', key: 'x', types: ['LEADS'] },
    ]);
  });

  it("carries a path search's limits, and drops limits the API would refuse", () => {
    const v: UrlView = {
      ...empty,
      mode: 'path',
      scene: { kind: 'path', from: 'hezbollah', to: 'hts', date: null, max: 3, types: ['OPPOSES', 'BACKS'] },
    };
    const link = 'mode=path&path=hezbollah,hts&pathMax=3&through=OPPOSES,BACKS';
    expect(encodeUrlView(v)).toBe(link);
    expect(decodeUrlView(`?${link}`)).toEqual(v);
    expect(decodeUrlView('?mode=path&path=hezbollah,hts&pathMax=7&through=NOPE,,OPPOSES,OPPOSES').scene).toEqual({
      kind: 'path',
      from: 'hezbollah',
      to: 'hts',
      date: null,
      types: ['OPPOSES'],
    });
    expect(decodeUrlView('?path=hezbollah,hts&pathMax=0&through=NOPE').scene).toStrictEqual({
      kind: 'path',
      from: 'hezbollah',
      to: 'hts',
      date: null,
    });
  });

  it('carries the console’s query and parameters, and only from the console', () => {
    const consoleQuery = {
      query: "MATCH (f:Faction {id: $key})\nRETURN f.name // 'HTS' & co",
      params: '{"key": "hts"}',
    };
    const v: UrlView = { ...empty, mode: 'console', consoleQuery };
    const link = encodeUrlView(v);
    expect(link).toMatch(/^mode=console&q=MATCH%20%28f%3AFaction.*&qp=%7B%22key%22/);
    expect(decodeUrlView(`?${link}`)).toEqual(v);
    expect(toUrlView({ ...initialState, mode: 'console', consoleQuery }).consoleQuery).toEqual(consoleQuery);
    expect(toUrlView({ ...initialState, mode: 'explore', consoleQuery }).consoleQuery).toBeNull();
    expect(decodeUrlView('?mode=console&q=').consoleQuery).toBeNull();
    expect(decodeUrlView('?mode=console&q=RETURN%201&qp=%E0%A4%A').consoleQuery).toEqual({
      query: 'RETURN 1',
      params: '',
    });
  });

  it('round-trips every view exactly', () => {
    fc.assert(
      fc.property(urlView, (v) => {
        expect(decodeUrlView(encodeUrlView(v))).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes any address to a valid view, and re-encodes it stably', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.webQueryParameters(), (junk, q) => {
        for (const search of [junk, `?${q}`, `?mode=${junk}&focus=${junk}&steps=${junk}&pins=${junk}`]) {
          const v = decodeUrlView(search);
          expect(MODES).toContain(v.mode);
          expect(decodeUrlView(encodeUrlView(v))).toEqual(v);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('ignores what it cannot use instead of failing: bad dates, unknown types, broken escapes', () => {
    const v = decodeUrlView(
      '?mode=sideways&focus=%E0%A4%A&dateFrom=2024-13-01&dateTo=2024-12-08&hide=Planet,Place&size=huge',
    );
    expect(v).toEqual({
      ...empty,
      filters: { ...defaultFilters, entityTypes: ['Faction', 'Person', 'Event', 'Source'], dateTo: '2024-12-08' },
    });
  });
});
