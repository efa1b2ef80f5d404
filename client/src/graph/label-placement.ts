// Which names to write so that none runs over another: sigma's label grid picks a few nodes per cell, but a name is
// wider than a cell, so a dense view piled names on top of each other until none could be read.

export interface LabelBox {
  key: string;
  /** The name's box on screen, in CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Bigger nodes' names win. */
  size: number;
  /** Where the reader looks (a hovered or selected node's neighbours, a path): placed before the rest. */
  forced: boolean;
  /** What the reader named (the view's focus, the nodes of the paths found): written whatever it meets. */
  always: boolean;
}

/** Room kept around each name, so two names never touch. */
const MARGIN = 2;
/** The spatial hash's cell, in pixels: about one line of text high and a short name wide. */
const CELL = 64;

/** Which of two names goes first: the named, then those the reader looks at, then the bigger node's. */
export const before = (a: LabelBox, b: LabelBox) =>
  Number(b.always) - Number(a.always) || Number(b.forced) - Number(a.forced) || b.size - a.size;

/**
 * The names to write, in the order to write them (`before`), each kept only if its box meets none already kept, but
 * for the named ones. Greedy, with a grid of kept boxes so each test looks at its neighbourhood only (a zoomed-in
 * 50,000-node view, or a selected hub's thousands of neighbours, hand in thousands of candidates).
 */
export function placeLabels(boxes: readonly LabelBox[]): LabelBox[] {
  const order = [...boxes].sort(before);
  const grid = new Map<string, LabelBox[]>();
  const kept: LabelBox[] = [];
  for (const box of order) {
    if (!box.always && collides(grid, box)) continue;
    kept.push(box);
    forCells(box, (cell) => {
      const list = grid.get(cell);
      if (list) list.push(box);
      else grid.set(cell, [box]);
    });
  }
  return kept;
}

function collides(grid: Map<string, LabelBox[]>, box: LabelBox): boolean {
  let hit = false;
  forCells(box, (cell) => {
    hit ||= grid.get(cell)?.some((other) => overlap(box, other)) ?? false;
  });
  return hit;
}

function overlap(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}

function forCells(box: LabelBox, visit: (cell: string) => void): void {
  const x0 = Math.floor((box.x - MARGIN) / CELL);
  const x1 = Math.floor((box.x + box.width + MARGIN) / CELL);
  const y0 = Math.floor((box.y - MARGIN) / CELL);
  const y1 = Math.floor((box.y + box.height + MARGIN) / CELL);
  for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) visit(`${i}:${j}`);
}
