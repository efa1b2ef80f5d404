// Which names to write, and on which side of their node, so that none runs over another: sigma's label grid picks a
// few nodes per cell, but a name is wider than a cell, so a dense view piled names on top of each other.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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

/** Room kept around each name, so two names never touch. */
const MARGIN = 2;
/** Between a node's disc and its name: sigma's 3 px beside it, a little less above and below (a line has leading). */
const GAP = { side: 3, over: 1 };
/** The spatial hash's cell, in pixels: about one line of text high and a short name wide. */
const CELL = 64;

/** The name's box when written on `side` of its node. */
export function boxOn(c: LabelCandidate, side: Side): Box {
  const { nodeX: x, nodeY: y, radius: r, width, height } = c;
  if (side === 'right') return { x: x + r + GAP.side, y: y - height / 2, width, height };
  if (side === 'left') return { x: x - r - GAP.side - width, y: y - height / 2, width, height };
  if (side === 'below') return { x: x - width / 2, y: y + r + GAP.over, width, height };
  return { x: x - width / 2, y: y - r - GAP.over - height, width, height };
}

type Ranked = Pick<LabelCandidate, 'size' | 'forced' | 'always'>;

/** Which of two names goes first: the named, then those the reader looks at, then the bigger node's. */
export const before = (a: Ranked, b: Ranked) =>
  Number(b.always) - Number(a.always) || Number(b.forced) - Number(a.forced) || b.size - a.size;

export interface PlaceOptions {
  /** Boxes no name may cover, though they are not written here (the hovered node's name box, on the layer above). */
  obstacles?: readonly Box[];
  /** The canvas: a side that shows more of the name on it is preferred to one that runs off. */
  room?: { width: number; height: number };
}

/**
 * The names to write, in the order to write them (`before`). Each takes, of the sides whose box meets no box already
 * kept, the one that shows most of it on the canvas, the first in SIDES order among equals; with none free (or none
 * showing any of it) it is left out, but a named one is written on its right whatever it meets. A grid of kept boxes keeps each test to its
 * neighbourhood (a zoomed-in 50,000 node view, or a selected hub's thousands of neighbours, hand in thousands).
 */
export function placeLabels(candidates: readonly LabelCandidate[], opts: PlaceOptions = {}): LabelBox[] {
  const grid = new Map<number, Box[]>();
  for (const o of opts.obstacles ?? []) keep(grid, o);
  const kept: LabelBox[] = [];
  for (const c of [...candidates].sort(before)) {
    let side: Side | null = null;
    let best = 0;
    for (const s of SIDES) {
      const box = boxOn(c, s);
      const seen = shownShare(box, opts.room);
      if (seen <= best || collides(grid, box)) continue;
      side = s;
      best = seen;
      if (seen === 1) break;
    }
    side ??= c.always ? 'right' : null;
    if (!side) continue;
    const placed: LabelBox = { key: c.key, size: c.size, forced: c.forced, always: c.always, ...boxOn(c, side), side };
    kept.push(placed);
    keep(grid, placed);
  }
  return kept;
}

/** How much of a box the canvas shows, from 0 to 1 (all of it without a canvas to keep to). */
export function shownShare(box: Box, room?: { width: number; height: number }): number {
  if (!room || box.width <= 0 || box.height <= 0) return 1;
  const w = Math.min(box.x + box.width, room.width) - Math.max(box.x, 0);
  const h = Math.min(box.y + box.height, room.height) - Math.max(box.y, 0);
  return w > 0 && h > 0 ? (w * h) / (box.width * box.height) : 0;
}

/** A cell's number in the grid: 16 bits a side, offset so that cells left of and above the canvas count too. */
const cellOf = (i: number, j: number) => (i + 0x8000) * 0x10000 + (j + 0x8000);

/** The cells a box (with its margin) lies in, as [first column, last column, first row, last row]. */
function span(box: Box): [number, number, number, number] {
  return [
    Math.floor((box.x - MARGIN) / CELL),
    Math.floor((box.x + box.width + MARGIN) / CELL),
    Math.floor((box.y - MARGIN) / CELL),
    Math.floor((box.y + box.height + MARGIN) / CELL),
  ];
}

function keep(grid: Map<number, Box[]>, box: Box): void {
  const [x0, x1, y0, y1] = span(box);
  for (let i = x0; i <= x1; i++)
    for (let j = y0; j <= y1; j++) {
      const list = grid.get(cellOf(i, j));
      if (list) list.push(box);
      else grid.set(cellOf(i, j), [box]);
    }
}

function collides(grid: Map<number, Box[]>, box: Box): boolean {
  const [x0, x1, y0, y1] = span(box);
  for (let i = x0; i <= x1; i++)
    for (let j = y0; j <= y1; j++) {
      const list = grid.get(cellOf(i, j));
      if (list) for (const other of list) if (overlap(box, other)) return true;
    }
  return false;
}

/** Overlapping, or closer than MARGIN. */
export function overlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}
