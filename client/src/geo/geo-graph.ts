// The map's copy of the page graph: the same nodes and edges, kept in step event by event, with geographic x/y.
import type { RelationAttributes } from '../../../server/contract.ts';
import { createGraph, type ExplorerGraph, type NodeAttributes } from '../graph/graph-model.ts';
import type { XY } from './projection.ts';

/**
 * sigma 3 takes positions from the graph it draws (reducers cannot move nodes), so map mode draws this mirror. The
 * page graph keeps its force-layout positions untouched, and gets them back on screen when the mode is left.
 */
export class GeoGraph {
  readonly graph: ExplorerGraph = createGraph();
  private readonly off: (() => void)[] = [];

  constructor(private readonly source: ExplorerGraph) {}

  attach(): void {
    const g = this.graph;
    const s = this.source;
    g.clear();
    s.forEachNode((k, a) => g.addNode(k, { ...a }));
    s.forEachEdge((e, a, from, to) => g.addEdgeWithKey(e, from, to, { ...a }));
    const on = <E extends string>(event: E, fn: (...args: never[]) => void) => {
      s.on(event as never, fn as never);
      this.off.push(() => s.off(event as never, fn as never));
    };
    on('nodeAdded', ({ key, attributes }: { key: string; attributes: NodeAttributes }) => {
      if (!g.hasNode(key)) g.addNode(key, { ...attributes });
    });
    on('nodeDropped', ({ key }: { key: string }) => g.hasNode(key) && g.dropNode(key));
    on(
      'edgeAdded',
      ({
        key,
        source,
        target,
        attributes,
      }: {
        key: string;
        source: string;
        target: string;
        attributes: RelationAttributes;
      }) => {
        if (!g.hasEdge(key)) g.addEdgeWithKey(key, source, target, { ...attributes });
      },
    );
    on('edgeDropped', ({ key }: { key: string }) => g.hasEdge(key) && g.dropEdge(key));
    on('cleared', () => g.clear());
  }

  detach(): void {
    for (const f of this.off.splice(0)) f();
  }

  /** Moves every node to its geographic position (nodes not yet laid out keep theirs until the next pass). */
  place(positions: Map<string, XY>): void {
    this.graph.updateEachNodeAttributes((key, a) => {
      const p = positions.get(key);
      return p ? { ...a, x: p.x, y: p.y } : a;
    });
  }
}
