// A copy of the page graph holding its nodes only, kept in step with their attributes: what sigma draws while a big
// view's relationships may not show yet, so it does not index, reduce and buffer tens of thousands of hidden edges.
import { createGraph, type ExplorerGraph } from './graph-model.ts';

export interface NodesOnly {
  graph: ExplorerGraph;
  /** Stops following the page graph. */
  release(): void;
}

/**
 * The copy shares each node's attributes object with the page graph (no copying per node); a changed node is announced
 * to it so sigma redraws that node; nodes arriving or leaving call `stale` (the copy would lie: make a new one).
 */
export function nodesOnly(graph: ExplorerGraph, stale: () => void): NodesOnly {
  const copy = createGraph();
  graph.forEachNode((key, attributes) => copy.addNode(key, attributes));
  const changed = ({ key }: { key: string }) => {
    if (copy.hasNode(key)) copy.replaceNodeAttributes(key, graph.getNodeAttributes(key));
  };
  const structure = ['nodeAdded', 'nodeDropped', 'cleared', 'eachNodeAttributesUpdated'] as const;
  graph.on('nodeAttributesUpdated', changed);
  for (const e of structure) graph.on(e, stale);
  return {
    graph: copy,
    release() {
      graph.off('nodeAttributesUpdated', changed);
      for (const e of structure) graph.off(e, stale);
    },
  };
}
