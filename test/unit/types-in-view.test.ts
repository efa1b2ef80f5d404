// What the view holds of a node's neighbourhood type by type, and what an expansion through some types asks for next:
// the Expand button and the details' per-type list both decide from these.
import { describe, expect, it } from 'vitest';
import type { RelationshipType, Subgraph } from '../../server/contract.ts';
import { createGraph, mergeSubgraph } from '../../client/src/graph/graph-model.ts';
import { inViewByType, moreThrough, nextAsk, shownTypes } from '../../client/src/graph/types-in-view.ts';
import { defaultFilters, MAX_NEIGHBOURS } from '../../client/src/state/view-state.ts';
import { ALL_REL_TYPES } from '../../client/src/state/vocabulary.ts';

const node = (key: string, entityType = 'Faction') => ({ key, attributes: { entityType, name: key } });
const edge = (key: string, source: string, target: string, relType: RelationshipType) => ({
  key,
  source,
  target,
  attributes: { relType },
});

/** HTS opposes two groups (one of them twice over, both ways), is allied with one, and captured a town. */
function view() {
  const g = createGraph();
  mergeSubgraph(g, {
    attributes: { truncated: false, totalNodes: 5, shownNodes: 5, omittedByType: {} },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [node('hts'), node('sna'), node('isis'), node('ntm'), node('saraqib', 'Place')],
    edges: [
      edge('o1', 'hts', 'sna', 'OPPOSES'),
      edge('o2', 'sna', 'hts', 'OPPOSES'),
      edge('o3', 'hts', 'isis', 'OPPOSES'),
      edge('a1', 'ntm', 'hts', 'ALLIED_WITH'),
      edge('c1', 'hts', 'saraqib', 'CAPTURED'),
      edge('x1', 'sna', 'isis', 'OPPOSES'),
    ],
  } as Subgraph);
  return g;
}

describe('a node’s neighbourhood in view, by type', () => {
  it('counts the relationships at the node of each type, either way round, and the distinct neighbours they reach', () => {
    const byType = inViewByType(view(), 'hts');
    expect([...byType.keys()].sort()).toEqual(['ALLIED_WITH', 'CAPTURED', 'OPPOSES']);
    expect(byType.get('OPPOSES')!.relationships).toBe(3);
    expect([...byType.get('OPPOSES')!.neighbours].sort()).toEqual(['isis', 'sna']);
    expect(byType.get('ALLIED_WITH')!.relationships).toBe(1);
    // A relationship between two other nodes is not the node's.
    expect(inViewByType(view(), 'saraqib').get('OPPOSES')).toBeUndefined();
    expect(inViewByType(view(), 'not-in-view').size).toBe(0);
  });

  it('goes through every type while the filters hide none, and through the shown ones otherwise', () => {
    expect(shownTypes(defaultFilters)).toBeUndefined();
    expect(shownTypes({ ...defaultFilters, relTypes: ['OPPOSES', 'ALLIED_WITH'] })).toEqual(['OPPOSES', 'ALLIED_WITH']);
    expect(shownTypes({ ...defaultFilters, relTypes: [] })).toEqual([]);
    expect(shownTypes({ ...defaultFilters, relTypes: ALL_REL_TYPES.slice(1) })).toHaveLength(ALL_REL_TYPES.length - 1);
  });

  it('asks for the neighbours already in view through those types and as many again, up to the API’s cap', () => {
    const byType = inViewByType(view(), 'hts');
    // sna and isis through OPPOSES, ntm through ALLIED_WITH: three in view, each counted once.
    expect(nextAsk(byType, ['OPPOSES', 'ALLIED_WITH'], 100)).toBe(103);
    expect(nextAsk(byType, ['OPPOSES'], 10)).toBe(12);
    expect(nextAsk(byType, ['LEADS'], 10)).toBe(10);
    expect(nextAsk(byType, ['OPPOSES'], MAX_NEIGHBOURS)).toBe(MAX_NEIGHBOURS);
    const full = new Map([['OPPOSES', { relationships: MAX_NEIGHBOURS, neighbours: new Set(ids(MAX_NEIGHBOURS)) }]]);
    expect(nextAsk(full, ['OPPOSES'], 100)).toBeNull();
  });

  it('offers more only where the database holds more of those types than the view', () => {
    const byType = inViewByType(view(), 'hts');
    const counts = { OPPOSES: 3, ALLIED_WITH: 4, CAPTURED: 1 };
    expect(moreThrough(counts, byType, ['OPPOSES'])).toBe(false);
    expect(moreThrough(counts, byType, ['OPPOSES', 'CAPTURED'])).toBe(false);
    expect(moreThrough(counts, byType, ['OPPOSES', 'ALLIED_WITH'])).toBe(true);
    // A type the node has none of brings nothing; no types at all, nothing either.
    expect(moreThrough(counts, byType, ['LEADS'])).toBe(false);
    expect(moreThrough(counts, byType, [])).toBe(false);
    // At the API's cap, nothing more can be asked for, whatever the database holds.
    const full = new Map([['OPPOSES', { relationships: MAX_NEIGHBOURS, neighbours: new Set(ids(MAX_NEIGHBOURS)) }]]);
    expect(moreThrough({ OPPOSES: 5000 }, full, ['OPPOSES'])).toBe(false);
  });
});

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
