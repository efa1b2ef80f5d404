// A big scene's relationships arrive slice by slice, with the page's turn between slices: the graph ends up holding
// exactly what one import would have given, no slice is bigger than asked, and what the reader does between slices
// (a new scene, an expansion, a removed node) neither breaks the import nor duplicates a relationship.
import fc from 'fast-check';
import type { SerializedEdge } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import type { RelationAttributes } from '../../server/contract.ts';
import { createGraph, type ExplorerGraph } from '../../client/src/graph/graph-model.ts';
import { importEdgesInSlices } from '../../client/src/graph/import-in-slices.ts';

type Edge = SerializedEdge<RelationAttributes>;

function withNodes(n: number): ExplorerGraph {
  const g = createGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { entityType: 'Faction', name: `N${i}`, x: i, y: 0 } as never);
  return g;
}

/** One import of `edges` over `n` nodes: what the slices must add up to. */
function withEdges(n: number, edges: Edge[]): ExplorerGraph {
  const g = withNodes(n);
  g.import({ edges } as never);
  return g;
}

/** `m` relationships over `n` (10 or 12) nodes, parallel ones included; 7i+1 ≢ i there, so no self-loops. */
function edgesOver(n: number, m: number): Edge[] {
  return Array.from({ length: m }, (_, i) => ({
    key: `r${i}`,
    source: `n${i % n}`,
    target: `n${(i * 7 + 1) % n}`,
    attributes: { relType: i % 2 ? 'ALLIED_WITH' : 'FOUGHT' } as RelationAttributes,
  }));
}

const snapshot = (g: ExplorerGraph) =>
  g
    .mapEdges((key, attributes, source, target) => ({ key, source, target, relType: attributes.relType }))
    .sort((a, b) => a.key.localeCompare(b.key));

describe('importEdgesInSlices', () => {
  it('gives the same graph as one import, never more than a slice per turn, the page getting a turn between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 80 }), async (m, sliceSize) => {
        const edges = edgesOver(12, m);
        const whole = withEdges(12, edges);
        const sliced = withNodes(12);
        const sizes: number[] = [];
        const done = await importEdgesInSlices(sliced, edges, {
          stillWanted: () => true,
          sliceSize,
          yieldToPage: async () => void sizes.push(sliced.size),
        });
        expect(done).toBe(true);
        expect(snapshot(sliced)).toEqual(snapshot(whole));
        // One turn between each two slices, and each slice at most sliceSize relationships.
        expect(sizes.length).toBe(Math.max(0, Math.ceil(m / sliceSize) - 1));
        sizes.forEach((s, i) => expect(s).toBe((i + 1) * sliceSize));
      }),
      { numRuns: 60 },
    );
  });

  it('stops at the first slice after another scene took over, and says so', async () => {
    const g = withNodes(10);
    let turns = 0;
    const done = await importEdgesInSlices(g, edgesOver(10, 50), {
      sliceSize: 10,
      stillWanted: () => turns < 2,
      yieldToPage: async () => void turns++,
    });
    expect(done).toBe(false);
    expect(g.size).toBe(20);
  });

  it('merges a relationship the reader brought in between slices instead of failing on its key', async () => {
    const g = withNodes(10);
    const edges = edgesOver(10, 30);
    const late = edges[25]!;
    const done = await importEdgesInSlices(g, edges, {
      sliceSize: 10,
      stillWanted: () => true,
      // An expansion lands during the first turn, bringing one relationship of the third slice.
      yieldToPage: async () => {
        if (!g.hasEdge(late.key)) g.addEdgeWithKey(late.key, late.source, late.target, late.attributes!);
      },
    });
    expect(done).toBe(true);
    expect(g.size).toBe(30);
    expect(snapshot(g)).toEqual(snapshot(withEdges(10, edges)));
  });

  it('leaves out relationships whose ends the reader removed between slices, and keeps the rest', async () => {
    const g = withNodes(10);
    const edges = edgesOver(10, 40);
    const done = await importEdgesInSlices(g, edges, {
      sliceSize: 10,
      stillWanted: () => true,
      yieldToPage: async () => {
        if (g.hasNode('n3')) g.dropNode('n3');
      },
    });
    expect(done).toBe(true);
    const touchesN3 = (e: Edge) => e.source === 'n3' || e.target === 'n3';
    // n3's relationships from the first slice went with it; those of later slices never came in.
    expect(g.size).toBe(edges.filter((e) => !touchesN3(e)).length);
    expect(g.everyEdge((_, __, s, t) => s !== 'n3' && t !== 'n3')).toBe(true);
  });
});
