// While a big scene's relationships come in over several tasks, the counters and reducers hear of it once, at the end,
// not once per slice (each is a pass over the whole graph).
import { afterEach, describe, expect, it } from 'vitest';
import { graph, holdGraphChanges } from '../../client/src/scene/graph-instance.ts';
import { view } from '../../client/src/state/store.ts';

const nextTask = () => new Promise((done) => setTimeout(done, 0));
const revision = () => view.value.graphRevision;

afterEach(() => graph.clear());

describe('holdGraphChanges', () => {
  it('turns changes over several tasks into one graph change, announced on release', async () => {
    graph.addNode('a', { entityType: 'Faction', name: 'A', x: 0, y: 0 } as never);
    await nextTask();
    const before = revision();
    const release = holdGraphChanges();
    for (const k of ['b', 'c', 'd']) {
      graph.addNode(k, { entityType: 'Faction', name: k, x: 0, y: 0 } as never);
      graph.addEdge('a', k, { relType: 'ALLIED_WITH' } as never);
      await nextTask();
    }
    expect(revision()).toBe(before);
    release();
    release(); // a second call changes nothing
    await nextTask();
    expect(revision()).toBe(before + 1);
  });

  it('announces nothing on release when nothing changed, and changes show again per task afterwards', async () => {
    const before = revision();
    holdGraphChanges()();
    await nextTask();
    expect(revision()).toBe(before);
    graph.addNode('e', { entityType: 'Faction', name: 'E', x: 0, y: 0 } as never);
    await nextTask();
    graph.addNode('f', { entityType: 'Faction', name: 'F', x: 0, y: 0 } as never);
    await nextTask();
    expect(revision()).toBe(before + 2);
  });
});
