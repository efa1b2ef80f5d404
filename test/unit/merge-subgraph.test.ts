// Bringing server subgraphs into the page graph: a fresh scene is added outright (nothing to merge into), a scene that
// adds to the view merges; either way the graph holds exactly what the server sent, each node with a position.
import { describe, expect, it, vi } from 'vitest';
import type { Subgraph } from '../../server/contract.ts';
import { createGraph, mergeSubgraph } from '../../client/src/graph/graph-model.ts';

const attributes = { truncated: false, totalNodes: 2, shownNodes: 2, omittedByType: {} };
const options = { type: 'directed', multi: true, allowSelfLoops: false } as const;

const first: Subgraph = {
  attributes,
  options,
  nodes: [
    { key: 'hts', attributes: { entityType: 'Faction', name: 'HTS', founded: '2017' } },
    { key: 'jolani', attributes: { entityType: 'Person', name: 'Abu Mohammad al-Jolani' } },
    { key: 'aleppo', attributes: { entityType: 'Place', name: 'Aleppo' } },
  ],
  edges: [
    { key: 'r1', source: 'jolani', target: 'hts', attributes: { relType: 'LEADS' } },
    { key: 'r2', source: 'hts', target: 'aleppo', attributes: { relType: 'CAPTURED' } },
    { key: 'r3', source: 'hts', target: 'aleppo', attributes: { relType: 'CONTROLS' } },
  ],
} as Subgraph;

/** A second request around Aleppo: one node and one relationship already in view, the rest new. */
const second: Subgraph = {
  attributes,
  options,
  nodes: [
    { key: 'aleppo', attributes: { entityType: 'Place', name: 'Aleppo', kind: 'city' } },
    { key: 'sna', attributes: { entityType: 'Faction', name: 'Syrian National Army' } },
  ],
  edges: [
    { key: 'r3', source: 'hts', target: 'aleppo', attributes: { relType: 'CONTROLS' } },
    { key: 'r4', source: 'sna', target: 'aleppo', attributes: { relType: 'CONTROLS' } },
  ],
} as Subgraph;

const positioned = (g: ReturnType<typeof createGraph>) =>
  g.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));

describe('mergeSubgraph', () => {
  it('adds a fresh scene to an empty graph without merging, keeping every key, attribute and end', () => {
    const g = createGraph();
    const merges = [vi.spyOn(g, 'mergeNode'), vi.spyOn(g, 'mergeDirectedEdgeWithKey')];
    expect(mergeSubgraph(g, first).sort()).toEqual(['aleppo', 'hts', 'jolani']);
    for (const spy of merges) expect(spy).not.toHaveBeenCalled();
    expect(g.nodes().sort()).toEqual(['aleppo', 'hts', 'jolani']);
    expect(g.getNodeAttributes('hts')).toMatchObject({ name: 'HTS', founded: '2017' });
    expect(g.edges().sort()).toEqual(['r1', 'r2', 'r3']);
    expect(g.extremities('r1')).toEqual(['jolani', 'hts']);
    expect(g.getEdgeAttributes('r2')).toEqual({ relType: 'CAPTURED' });
    expect(positioned(g)).toBe(true);
    // Positions are layout state added on the way in, never written into the payload.
    expect(first.nodes[0]!.attributes).not.toHaveProperty('x');
  });

  it('merges a scene that adds to the view: what is in view keeps its place, a shared relationship stays one', () => {
    const g = createGraph();
    mergeSubgraph(g, first);
    g.mergeNodeAttributes('aleppo', { x: 10, y: -3 });
    const merge = vi.spyOn(g, 'mergeDirectedEdgeWithKey');
    expect(mergeSubgraph(g, second, 'aleppo')).toEqual(['sna']);
    expect(merge).toHaveBeenCalled();
    expect(g.order).toBe(4);
    expect(g.edges().sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(g.getNodeAttributes('aleppo')).toMatchObject({ name: 'Aleppo', kind: 'city', x: 10, y: -3 });
    // The new node starts beside the one it was asked from, for the layout to take from there.
    const sna = g.getNodeAttributes('sna');
    expect(Math.hypot(sna.x - 10, sna.y + 3)).toBeLessThan(5);
    expect(positioned(g)).toBe(true);
  });

  it('a scene cleared and loaded again is added fresh, not merged into what was there', () => {
    const g = createGraph();
    mergeSubgraph(g, first);
    mergeSubgraph(g, second, 'aleppo');
    g.clear();
    const merge = vi.spyOn(g, 'mergeNode');
    expect(mergeSubgraph(g, first).sort()).toEqual(['aleppo', 'hts', 'jolani']);
    expect(merge).not.toHaveBeenCalled();
    expect(g.nodes().sort()).toEqual(['aleppo', 'hts', 'jolani']);
    expect(g.getNodeAttributes('aleppo')).not.toHaveProperty('kind');
    expect(g.size).toBe(3);
  });
});
