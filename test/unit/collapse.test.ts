// Collapse: only what an expansion alone brought goes, and never what something else in view still holds.
import { describe, expect, it } from 'vitest';
import { nodesToCollapse } from '../../client/src/graph/collapse.ts';
import { createGraph } from '../../client/src/graph/graph-model.ts';

function graphOf(edges: [string, string][]) {
  const g = createGraph();
  for (const [s, t] of edges) {
    for (const n of [s, t]) if (!g.hasNode(n)) g.addNode(n, { entityType: 'Faction', name: n, x: 0, y: 0 });
    g.addEdge(s, t, { relType: 'ALLIED_WITH' });
  }
  return g;
}

// focus F brought A and B; expanding A brought X, Y, Z, and B again; Z is also tied to B; W hangs off X.
const g = graphOf([
  ['F', 'A'],
  ['F', 'B'],
  ['A', 'X'],
  ['A', 'Y'],
  ['A', 'Z'],
  ['A', 'B'],
  ['Z', 'B'],
  ['X', 'W'],
]);
const base = {
  focus: 'F',
  expanded: ['F', 'A'],
  pinned: {},
  loadedBy: { F: ['F', 'A', 'B'], A: ['A', 'X', 'Y', 'Z', 'B', 'W'] },
};

describe('nodes to collapse', () => {
  it('removes what came only with the expansion, keeps what is tied to a node that stays', () => {
    expect(nodesToCollapse(g, 'A', base).sort()).toEqual(['W', 'X', 'Y']);
  });

  it('keeps pinned nodes, expanded nodes, the focus, and whatever is tied to them', () => {
    expect(nodesToCollapse(g, 'A', { ...base, pinned: { X: { x: 0, y: 0 } } }).sort()).toEqual(['Y']);
    expect(nodesToCollapse(g, 'A', { ...base, expanded: ['F', 'A', 'W'] }).sort()).toEqual(['Y']);
    expect(nodesToCollapse(g, 'F', base)).toEqual([]);
  });

  it('keeps what another load also brought', () => {
    expect(nodesToCollapse(g, 'A', { ...base, loadedBy: { ...base.loadedBy, B: ['B', 'Y'] } }).sort()).toEqual([
      'W',
      'X',
    ]);
  });
});
