// Mounts sigma once (with dragging) and repaints it when something it draws from changes.
import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { exposeForDebugging } from '../debug-handle.ts';
import { expandAsShown, graph, layout, pin, renderer, repaint, settleCamera } from '../explorer.ts';
import { memoContext } from '../graph/display-context.ts';
import { enableDrag } from '../graph/drag.ts';
import { isLargeView } from '../graph/large-graph-rendering.ts';
import { keepNamesClear } from '../graph/node-labels.ts';
import { Repainter } from '../graph/repaint.ts';
import { createRenderer } from '../graph/renderer.ts';
import { watchOverlays } from '../scene/overlay-insets.ts';
import { slice } from '../state/selectors.ts';
import { actions, view } from '../state/store.ts';
import type { Selection } from '../state/view-state.ts';

/** Only these parts of the state change the drawing: loading counters and errors do not repaint the graph. */
const DRAWN_FROM = [
  'mode',
  'selection',
  'hovered',
  'filters',
  'sizeBy',
  'communities',
  'pinned',
  'focus',
  'paths',
  'highlightedPath',
  'graphRevision',
  'placingNodes',
] as const;

/** The parts whose change, on a big view, alters only the items they name. */
const LOCAL: readonly (typeof DRAWN_FROM)[number][] = ['hovered', 'selection'];
/** Room kept between a name and the canvas's edge or the toolbar: text clipped there looked cut. */
const NAME_MARGIN = 3;
const nodeOf = (s: Selection | null) => (s?.kind === 'node' ? [s.key] : []);
const edgeOf = (s: Selection | null) => (s?.kind === 'edge' ? [s.key] : []);

export function GraphView() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sigma = createRenderer(
      ref.current!,
      graph,
      memoContext(graph, () => view.value),
      {
        clickNode: (key) => actions.select({ kind: 'node', key }),
        doubleClickNode: (key) => void expandAsShown(key),
        clickEdge: (key) => actions.select({ kind: 'edge', key }),
        clickStage: () => actions.select(null),
        hoverNode: (key) => actions.hover(key),
      },
    );
    enableDrag(sigma, graph, {
      dragStart: () => actions.hover(null),
      // While the worker runs it would pull the node back.
      moved: (key, x, y) => layout.hold(key, x, y),
      dropped: (key, x, y) => pin(key, x, y),
    });
    renderer.current = sigma;
    const painter = new Repainter(sigma, graph);
    repaint.current = painter;
    exposeForDebugging(sigma, graph);
    const unwatch = watchOverlays(ref.current!, NAME_MARGIN, (insets) => {
      keepNamesClear(sigma.getCanvases().labels!, insets);
      sigma.scheduleRender();
    });
    // The canvas changes size with the legend and the side column, not only with the window; a camera the reader has
    // not moved is framed again for the new size (a running layout frames the view when it stops; the map keeps its).
    const resized = new ResizeObserver(() => {
      painter.resized();
      if (!layout.running && view.value.mode !== 'map') painter.settled(() => settleCamera(sigma, graph));
    });
    resized.observe(ref.current!);
    let drawn: Partial<Record<(typeof DRAWN_FROM)[number], unknown>> = {};
    const dispose = effect(() => {
      const now = Object.fromEntries(DRAWN_FROM.map((part) => [part, slice[part].value])) as typeof drawn;
      const changed = DRAWN_FROM.filter((part) => now[part] !== drawn[part]);
      const before = drawn;
      drawn = now;
      painter.showEdges(!now.placingNodes);
      // On a big view a hover or a click changes only what it touches (display.ts): repaint those, not 50,000 nodes
      // and 250,000 relationships (a click on a 50k view: 2.5-5 s frozen before, 1.5-2 s now, all but ~25 ms of it the
      // software GL drawing the frame).
      if (changed.length && changed.every((part) => LOCAL.includes(part)) && isLargeView(graph)) {
        const was = before.selection as Selection | null;
        const is = now.selection as Selection | null;
        painter.around([before.hovered, now.hovered, ...nodeOf(was), ...nodeOf(is)] as (string | null)[], [
          ...edgeOf(was),
          ...edgeOf(is),
          ...(slice.paths.value ?? []).flatMap((p) => p.edges),
        ]);
      } else painter.all();
    });
    return () => {
      unwatch();
      resized.disconnect();
      dispose();
      painter.kill();
      repaint.current = null;
      layout.kill();
      renderer.current = null;
      sigma.kill();
    };
  }, []);
  return (
    <div
      ref={ref}
      class="graph"
      role="img"
      aria-label="Graph of the entities in view and their relationships; the list of nodes in view is in the side panel"
      data-layout={slice.layoutRunning.value ? 'running' : 'idle'}
    />
  );
}
