// The client's pure state actions: scenes, expansions and collapses, filters, pins, paths, URL settings.
import { describe, expect, it } from 'vitest';
import { defaultFilters, initialState, reducers, type ViewState } from '../../client/src/state/view-state.ts';

const cap = { shown: 5, total: 9, omittedByType: { Event: 4 } };

describe('scene actions', () => {
  it('an entity scene selects the entity, records what it loaded, and forgets the previous scene', () => {
    const before: ViewState = {
      ...initialState,
      expanded: ['x'],
      steps: [{ op: 'expand', key: 'x' }],
      error: 'old',
      pinned: { x: { x: 1, y: 1 } },
    };
    const s = reducers.sceneLoaded(before, { kind: 'entity', key: 'hts' }, ['hts', 'al-jolani'], cap);
    expect(s).toMatchObject({
      scene: { kind: 'entity', key: 'hts' },
      focus: 'hts',
      selection: { kind: 'node', key: 'hts' },
      expanded: ['hts'],
      steps: [],
      loadedBy: { hts: ['hts', 'al-jolani'] },
      capped: { hts: cap },
      pinned: {},
      error: null,
    });
  });

  it('a network or path scene has no focus, and keeps its cap under the empty key', () => {
    const s = reducers.sceneLoaded(initialState, { kind: 'network' }, ['a', 'b'], cap);
    expect(s).toMatchObject({
      focus: null,
      selection: null,
      expanded: [],
      loadedBy: { '': ['a', 'b'] },
      capped: { '': cap },
    });
    const p = reducers.sceneLoaded(s, { kind: 'path', from: 'a', to: 'b', date: '2024-12-01' }, ['a', 'b'], null);
    expect(p.pathInputs).toEqual({ from: 'a', to: 'b', date: '2024-12-01', max: null, types: null });
    expect(p.paths).toBeNull();
    // A path scene opened from a link fills the finder with its limits too.
    const limited = { kind: 'path' as const, from: 'a', to: 'b', date: null, max: 2, types: ['BACKS' as const] };
    expect(reducers.sceneLoaded(s, limited, ['a', 'b'], null).pathInputs).toEqual({
      from: 'a',
      to: 'b',
      date: null,
      max: 2,
      types: ['BACKS'],
    });
  });

  it('expanding records a step (with its limit when asked for more), the nodes it brought, and its cap', () => {
    let s = reducers.sceneLoaded(initialState, { kind: 'entity', key: 'hts' }, ['hts', 'a'], null);
    s = reducers.expanded(s, 'a', cap, ['a', 'b']);
    s = reducers.expanded(s, 'a', null, ['a', 'b', 'c'], { limit: 300 });
    expect(s.expanded).toEqual(['hts', 'a']);
    expect(s.capped).toEqual({});
    expect(s.loadedBy.a).toEqual(['a', 'b', 'c']);
    expect(s.steps).toEqual([
      { op: 'expand', key: 'a' },
      { op: 'expand', key: 'a', limit: 300 },
    ]);
  });

  it('an expansion through some types leaves the node open to a whole one, and leaves its cap alone', () => {
    let s = reducers.sceneLoaded(initialState, { kind: 'entity', key: 'hts' }, ['hts', 'a'], cap);
    // The whole view of hts was capped: a typed expansion, capped itself or not, keeps that cap (and its "n more").
    s = reducers.expanded(s, 'hts', null, ['hts', 'b'], { types: ['OPPOSES'] });
    s = reducers.expanded(s, 'hts', { shown: 1, total: 3, omittedByType: {} }, ['hts', 'x'], { types: ['BACKS'] });
    expect(s.capped).toEqual({ hts: cap });
    expect(s.expandedTypes).toEqual({});
    expect(s.steps.at(-1)).toEqual({ op: 'expand', key: 'hts', types: ['BACKS'] });

    // A node first expanded through some types collects them, in the closed list's order, and stays expandable.
    s = reducers.expanded(s, 'a', null, ['a', 'c'], { types: ['OPPOSES'] });
    s = reducers.expanded(s, 'a', cap, ['a', 'd'], { limit: 20, types: ['LEADS', 'ALLIED_WITH'] });
    expect(s.expanded).toEqual(['hts', 'a']);
    expect(s.expandedTypes).toEqual({ a: ['LEADS', 'ALLIED_WITH', 'OPPOSES'] });
    expect(s.capped.a).toBeUndefined();
    expect(s.loadedBy.a).toEqual(['a', 'c', 'd']);
    expect(s.steps.at(-1)).toEqual({ op: 'expand', key: 'a', limit: 20, types: ['LEADS', 'ALLIED_WITH'] });

    // A whole expansion makes it whole, with its own cap; collapsing forgets the types as well.
    const whole = reducers.expanded(s, 'a', cap, ['a', 'e']);
    expect(whole.expandedTypes).toEqual({});
    expect(whole.capped).toEqual({ hts: cap, a: cap });
    expect(reducers.collapsed(s, 'a', ['c', 'd']).expandedTypes).toEqual({});
  });

  it('collapsing forgets the expansion and every trace of the removed nodes', () => {
    let s = reducers.sceneLoaded(initialState, { kind: 'entity', key: 'hts' }, ['hts', 'a'], null);
    s = reducers.expanded(s, 'a', cap, ['a', 'b', 'c']);
    s = reducers.pin(s, 'b', { x: 1, y: 2 });
    s = reducers.select(s, { kind: 'node', key: 'b' });
    s = reducers.collapsed(s, 'a', ['b', 'c']);
    expect(s.expanded).toEqual(['hts']);
    expect(s.capped).toEqual({});
    expect(s.loadedBy).toEqual({ hts: ['hts', 'a'] });
    expect(s.pinned).toEqual({});
    expect(s.selection).toBeNull();
    expect(s.steps.at(-1)).toEqual({ op: 'collapse', key: 'a' });
  });

  it('treats a key named __proto__ as a key like any other', () => {
    let s = reducers.sceneLoaded(initialState, { kind: 'entity', key: 'hts' }, ['hts'], null);
    s = reducers.expanded(s, '__proto__', null, ['__proto__', 'x']);
    s = reducers.expanded(s, 'y', null, ['y']);
    s = reducers.collapsed(s, 'y', []);
    expect(Object.keys(s.loadedBy).sort()).toEqual(['__proto__', 'hts']);
    expect(Object.getPrototypeOf(s.loadedBy)).toBe(Object.prototype);
  });
});

describe('filters', () => {
  it('toggles keep the closed list order, so equal sets are equal states', () => {
    let s = reducers.toggleEntityType(initialState, 'Faction');
    s = reducers.toggleEntityType(s, 'Place');
    s = reducers.toggleEntityType(s, 'Faction');
    expect(s.filters.entityTypes).toEqual(['Faction', 'Person', 'Event', 'Source']);
    s = reducers.setRelTypes(s, ['OPPOSES', 'LEADS', 'OPPOSES']);
    expect(s.filters.relTypes).toEqual(['LEADS', 'OPPOSES']);
    expect(reducers.resetFilters(s).filters).toEqual(defaultFilters);
  });

  it('setDateRange (the date slider’s action) puts a reversed range the right way round', () => {
    expect(reducers.setDateRange(initialState, '2024-12-08', '2024-11-27').filters).toMatchObject({
      dateFrom: '2024-11-27',
      dateTo: '2024-12-08',
    });
    expect(reducers.setDateRange(initialState, null, '2024-12-01').filters).toMatchObject({
      dateFrom: null,
      dateTo: '2024-12-01',
    });
  });
});

describe('view actions', () => {
  it('pending never goes below zero', () => {
    expect(reducers.requestEnded(initialState).pending).toBe(0);
    expect(reducers.requestEnded(reducers.requestStarted(reducers.requestStarted(initialState))).pending).toBe(1);
  });

  it('hover, mode and path highlight return the same object when nothing changes, so nothing repaints for nothing', () => {
    expect(reducers.hover(initialState, null)).toBe(initialState);
    expect(reducers.setMode(initialState, 'explore')).toBe(initialState);
    expect(reducers.highlightPath(initialState, null)).toBe(initialState);
  });

  it('a shared link’s settings replace mode, filters, sizing, communities, timeline and console query, and nothing else', () => {
    const s = reducers.applyUrlSettings(
      { ...initialState, pending: 2 },
      {
        mode: 'network',
        scene: null,
        steps: [],
        selection: null,
        filters: { ...defaultFilters, dateTo: '2024-12-01' },
        sizeBy: 'pagerank',
        expandLimit: 25,
        communities: true,
        pinned: {},
        timelineKey: 'al-jolani',
        consoleQuery: { query: 'MATCH (n) RETURN n LIMIT $n', params: '{"n": 3}' },
      },
    );
    expect(s).toMatchObject({
      mode: 'network',
      sizeBy: 'pagerank',
      communities: true,
      timelineKey: 'al-jolani',
      consoleQuery: { query: 'MATCH (n) RETURN n LIMIT $n', params: '{"n": 3}' },
      pending: 2,
    });
    expect(s.filters.dateTo).toBe('2024-12-01');
  });
});
