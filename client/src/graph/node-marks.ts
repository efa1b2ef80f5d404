// The rings that mark a node for what the reader did with it (the view's centre, a pin): one description for the canvas,
// the SVG export and the legend, so all three draw the same thing.

/** What a node's rim says: the node a view was opened on, and the nodes the reader put in place. */
export type NodeMark = 'focus' | 'pinned' | 'focus-pinned';

/** A band at the rim, outside in, as a share of the radius; `node` means the node's own colour. */
export interface Ring {
  size: number;
  color: string | 'node';
}

const PIN = '#1d2430';
const GAP = '#ffffff';

/**
 * The focus is ringed in its own colour with a white gap inside, like a target: it reads as "start here" whatever the
 * palette (type, faction kind or community). A pin is a dark ring; a pinned focus keeps the gap inside the dark ring.
 */
export const NODE_MARKS: Record<NodeMark, readonly Ring[]> = {
  focus: [
    { size: 0.2, color: 'node' },
    { size: 0.18, color: GAP },
  ],
  pinned: [{ size: 0.22, color: PIN }],
  'focus-pinned': [
    { size: 0.22, color: PIN },
    { size: 0.18, color: GAP },
  ],
};

export function markOf(focus: boolean, pinned: boolean): NodeMark | null {
  if (focus) return pinned ? 'focus-pinned' : 'focus';
  return pinned ? 'pinned' : null;
}

/** A marked node as filled discs, largest first, each painted over the last: how SVG (and the legend) draw rings. */
export function markDiscs(mark: NodeMark | null, r: number, color: string): { r: number; color: string }[] {
  const discs: { r: number; color: string }[] = [];
  let left = 1;
  for (const ring of mark ? NODE_MARKS[mark] : []) {
    discs.push({ r: r * left, color: ring.color === 'node' ? color : ring.color });
    left -= ring.size;
  }
  discs.push({ r: r * left, color });
  return discs;
}
