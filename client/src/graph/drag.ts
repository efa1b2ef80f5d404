// Dragging nodes with the mouse: the node follows the pointer, the camera stays put, and a real move pins it there.
import type Sigma from 'sigma';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { ExplorerGraph, NodeAttributes } from './graph-model.ts';

export interface DragEvents {
  /** A drag began. */
  dragStart(key: string): void;
  /** The node is under the pointer at (x, y): the layout must not pull it away. */
  moved(key: string, x: number, y: number): void;
  /** The node was moved and released at (x, y) in graph coordinates. */
  dropped(key: string, x: number, y: number): void;
}

/** Fewer pixels than this is a click, not a drag. */
const MOVE_TOLERANCE_PX = 4;

export function enableDrag(
  sigma: Sigma<NodeAttributes, RelationAttributes>,
  graph: ExplorerGraph,
  on: DragEvents,
): { dragging(): string | null } {
  let dragged: string | null = null;
  let start: { x: number; y: number } | null = null;
  let moved = false;

  sigma.on('downNode', ({ node, event }) => {
    dragged = node;
    start = { x: event.x, y: event.y };
    moved = false;
    // Freeze the frame so the rest of the graph does not rescale under the pointer.
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });

  sigma.on('moveBody', ({ event }) => {
    if (!dragged || !start) return;
    if (!moved && Math.hypot(event.x - start.x, event.y - start.y) < MOVE_TOLERANCE_PX) return;
    if (!moved) on.dragStart(dragged);
    moved = true;
    const p = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y, fixed: true });
    on.moved(dragged, p.x, p.y);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = () => {
    if (dragged && moved && graph.hasNode(dragged)) {
      const { x, y } = graph.getNodeAttributes(dragged);
      on.dropped(dragged, x, y);
    }
    dragged = null;
    start = null;
  };
  sigma.on('upNode', release);
  sigma.on('upStage', release);
  sigma.getMouseCaptor().on('mouseup', release);

  return { dragging: () => (moved ? dragged : null) };
}
