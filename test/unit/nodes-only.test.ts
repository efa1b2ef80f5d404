// The node-only copy sigma draws while a big view waits for its first positions: same nodes, no relationships, and it
// follows the page graph (a moved node moves in it; nodes arriving or leaving make it stale).
import { describe, expect, it, vi } from 'vitest';
import { createGraph } from '../../client/src/graph/graph-model.ts';
import { nodesOnly } from '../../client/src/graph/nodes-only.ts';

function pageGraph() {
  const g = createGraph();
  g.addNode('hts', { entityType: 'Faction', name: 'HTS', x: 0, y: 0 });
  g.addNode('aleppo', { entityType: 'Place', name: 'Aleppo', x: 1, y: 1 });
  g.addDirectedEdgeWithKey('r1', 'hts', 'aleppo', { relType: 'CAPTURED' });
  return g;
}

describe('nodesOnly', () => {
  it('holds every node with its attributes and no relationship, leaving the page graph as it was', () => {
    const g = pageGraph();
    const copy = nodesOnly(g, () => {});
    expect(copy.graph.nodes()).toEqual(['hts', 'aleppo']);
    expect(copy.graph.getNodeAttributes('aleppo')).toEqual(g.getNodeAttributes('aleppo'));
    expect(copy.graph.size).toBe(0);
    expect(g.size).toBe(1);
  });

  it('announces a node moved in the page graph (a drag), so sigma redraws it where it now is', () => {
    const g = pageGraph();
    const copy = nodesOnly(g, () => {});
    const updated = vi.fn();
    copy.graph.on('nodeAttributesUpdated', updated);
    g.mergeNodeAttributes('hts', { x: 5, y: 6, fixed: true });
    expect(copy.graph.getNodeAttributes('hts')).toMatchObject({ x: 5, y: 6, fixed: true });
    expect(updated).toHaveBeenCalledTimes(1);
    g.replaceNodeAttributes('aleppo', { entityType: 'Place', name: 'Halab', x: 2, y: 2 });
    expect(copy.graph.getNodeAttributes('aleppo').name).toBe('Halab');
  });

  it('says it is stale when nodes arrive, leave, are cleared or all move at once; relationships do not matter', () => {
    const g = pageGraph();
    const stale = vi.fn();
    nodesOnly(g, stale);
    g.addDirectedEdgeWithKey('r2', 'aleppo', 'hts', { relType: 'OPPOSES' });
    expect(stale).not.toHaveBeenCalled();
    g.addNode('idlib', { entityType: 'Place', name: 'Idlib', x: 3, y: 3 });
    g.dropNode('idlib');
    g.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x + 1 }));
    g.clear();
    expect(stale).toHaveBeenCalledTimes(4);
  });

  it('stops following the page graph once released', () => {
    const g = pageGraph();
    const stale = vi.fn();
    const copy = nodesOnly(g, stale);
    copy.release();
    g.mergeNodeAttributes('hts', { name: 'Hayat Tahrir al-Sham' });
    g.addNode('idlib', { entityType: 'Place', name: 'Idlib', x: 3, y: 3 });
    expect(stale).not.toHaveBeenCalled();
    expect(copy.graph.hasNode('idlib')).toBe(false);
  });
});
