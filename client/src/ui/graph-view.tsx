// Mounts sigma once and re-renders it whenever the view state changes.
import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { expand, graph } from '../explorer.ts';
import { createRenderer } from '../graph/renderer.ts';
import { actions, view } from '../state/store.ts';
import { exposeForDebugging } from '../debug-handle.ts';

export function GraphView() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sigma = createRenderer(ref.current!, graph, () => view.value, {
      clickNode: (key) => actions.select({ kind: 'node', key }),
      doubleClickNode: (key) => void expand(key),
      clickEdge: (key) => actions.select({ kind: 'edge', key }),
      clickStage: () => actions.select(null),
      hoverNode: (key) => actions.hover(key),
    });
    exposeForDebugging(sigma, graph);
    // Reducers read the view state: repaint when it changes (sigma repaints by itself on graph changes).
    const dispose = effect(() => {
      void view.value;
      sigma.refresh({ skipIndexation: true });
    });
    return () => {
      dispose();
      sigma.kill();
    };
  }, []);
  return (
    <div
      ref={ref}
      class="graph"
      role="img"
      aria-label="Graph of the selected entities and their relationships"
      data-layout={view.value.layoutRunning ? 'running' : 'idle'}
    />
  );
}
