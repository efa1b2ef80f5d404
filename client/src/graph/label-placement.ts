// Which names to write, and on which side of their node, so that none runs over another: sigma's label grid picks a
// few nodes per cell, but a name is wider than a cell, so a dense view piled names on top of each other.

import { BoxGrid, type Box } from './box-grid.ts';

export { overlap, type Box } from './box-grid.ts';

/** A name sigma offers: its node on screen and its text's size, in CSS pixels. */
export interface LabelCandidate {
  key: string;
  nodeX: number;
  nodeY: number;
  radius: number;
  width: number;
  height: number;
  /** Bigger nodes' names win. */
  size: number;
  /** Where the reader looks (a hovered or selected node's neighbours, a path): placed before the rest. */
  forced: boolean;
  /** What the reader named (the view's focus, the nodes of the paths found): written whatever it meets. */
  always: boolean;
}

/** Where a name goes, in the order tried: sigma's own place first, so a name moves only when it has to. */
export const SIDES = ['right', 'left', 'below', 'above'] as const;
export type Side = (typeof SIDES)[number];

/** A name placed: its box on screen and the side of its node it is on. */
export type LabelBox = Box & Pick<LabelCandidate, 'key' | 'size' | 'forced' | 'always'> & { side: Side };

/** Between a node's disc and its name: sigma's 3 px beside it, a little less above and below (a line has leading). */
const GAP = { side: 3, over: 1 };

/** The name's box when written on `side` of its node. */
export function boxOn(c: LabelCandidate, side: Side): Box {
  const { nodeX: x, nodeY: y, radius: r, width, height } = c;
  if (side === 'right') return { x: x + r + GAP.side, y: y - height / 2, width, height };
  if (side === 'left') return { x: x - r - GAP.side - width, y: y - height / 2, width, height };
  if (side === 'below') return { x: x - width / 2, y: y + r + GAP.over, width, height };
  return { x: x - width / 2, y: y - r - GAP.over - height, width, height };
}

/**
 * Up to this many names offered, no name covers another offered node where it can help it. More come only from a
 * hub's neighbours in a big view, drawn as points: testing every side against thousands of dots cost 3-4x the whole
 * pass (~35 against ~10 ms for 8,000 names), for names that mostly find no room either way.
 */
export const NODES_BLOCK_UP_TO = 1000;

type Ranked = Pick<LabelCandidate, 'size' | 'forced' | 'always'>;

/** Which of two names goes first: the named, then those the reader looks at, then the bigger node's. */
export const before = (a: Ranked, b: Ranked) =>
  Number(b.always) - Number(a.always) || Number(b.forced) - Number(a.forced) || b.size - a.size;

export interface PlaceOptions {
  /** Boxes no name may cover, though they are not written here (the hovered node's name box, on the layer above). */
  obstacles?: readonly Box[];
  /** Where names show whole (the canvas less what lies over it): elsewhere only on their node's right, as sigma writes. */
  room?: Box;
}

/**
 * The names to write, in the order to write them (`before`). Each takes the first side, in SIDES order, that lies whole
 * on the canvas and meets neither a name already kept (nor the hovered box) nor another offered node's disc; failing
 * that, the first whole side that covers only nodes no bigger than its own (a name matters more than a lesser dot);
 * then its right, as sigma writes it, if neither a name nor a bigger node is there and it shows some of it; else it is
 * left out, but a named one is written on its right whatever it meets.
 */
export function placeLabels(candidates: readonly LabelCandidate[], opts: PlaceOptions = {}): LabelBox[] {
  const names = new BoxGrid();
  // Discs are a few pixels wide: a fine grid. Past NODES_BLOCK_UP_TO they are left out (see there).
  const discs = new BoxGrid(16);
  const sizes = new Map<string, number>();
  for (const o of opts.obstacles ?? []) names.add(o);
  if (candidates.length <= NODES_BLOCK_UP_TO)
    for (const c of candidates) {
      discs.add(discOf(c), c.key);
      sizes.set(c.key, c.size);
    }
  const kept: LabelBox[] = [];
  for (const c of [...candidates].sort(before)) {
    const other = (owner: string) => owner !== c.key;
    const bigger = (owner: string) => owner !== c.key && sizes.get(owner)! > c.size;
    let side: Side | null = null;
    let overNode: Side | null = null;
    for (const s of SIDES) {
      const box = boxOn(c, s);
      if (shownShare(box, opts.room) < 1 || names.meets(box) || discs.meets(box, bigger)) continue;
      if (!discs.meets(box, other)) {
        side = s;
        break;
      }
      overNode ??= s;
    }
    side ??= overNode;
    if (!side) {
      const right = boxOn(c, 'right');
      const free = shownShare(right, opts.room) > 0 && !names.meets(right) && !discs.meets(right, bigger);
      side = free || c.always ? 'right' : null;
    }
    if (!side) continue;
    const placed: LabelBox = { key: c.key, size: c.size, forced: c.forced, always: c.always, ...boxOn(c, side), side };
    kept.push(placed);
    names.add(placed);
  }
  return kept;
}

/** The square around a node's disc. */
export const discOf = (c: LabelCandidate): Box => ({
  x: c.nodeX - c.radius,
  y: c.nodeY - c.radius,
  width: 2 * c.radius,
  height: 2 * c.radius,
});

/** How much of a box shows inside `room`, from 0 to 1 (all of it without a room to keep to). */
export function shownShare(box: Box, room?: Box): number {
  if (!room || box.width <= 0 || box.height <= 0) return 1;
  const w = Math.min(box.x + box.width, room.x + room.width) - Math.max(box.x, room.x);
  const h = Math.min(box.y + box.height, room.y + room.height) - Math.max(box.y, room.y);
  return w > 0 && h > 0 ? (w * h) / (box.width * box.height) : 0;
}
