// Boxes on screen and a spatial hash of them: which kept boxes a new one meets, looking only at its neighbourhood
// (a zoomed-in 50,000 node view, or a selected hub's thousands of neighbours, hand the label placement thousands).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept around each box, so two names never touch. */
const MARGIN = 2;

/** Overlapping, or closer than MARGIN. */
export function overlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}

/** A cell's number: 16 bits a side, offset so that cells left of and above the canvas count too. */
const cellOf = (i: number, j: number) => (i + 0x8000) * 0x10000 + (j + 0x8000);

/** Kept boxes, each with the key of what it belongs to (a node's disc belongs to that node), if anything. */
export class BoxGrid {
  private readonly cells = new Map<number, (Box & { owner?: string })[]>();

  /**
   * `cell`, in pixels: 64 (about one line of text high and a short name wide) for names; small boxes packed densely,
   * like thousands of nodes' discs, want smaller cells, or each test walks long lists.
   */
  constructor(private readonly cell = 64) {}

  add(box: Box, owner?: string): void {
    const kept = owner === undefined ? box : { ...box, owner };
    const [x0, x1, y0, y1] = this.span(box);
    for (let i = x0; i <= x1; i++)
      for (let j = y0; j <= y1; j++) {
        const list = this.cells.get(cellOf(i, j));
        if (list) list.push(kept);
        else this.cells.set(cellOf(i, j), [kept]);
      }
  }

  /**
   * Whether `box` meets a kept box; with `counts`, only one whose owner it accepts (a name may touch its own node's
   * disc, and only bigger nodes' discs bar it outright).
   */
  meets(box: Box, counts?: (owner: string) => boolean): boolean {
    const [x0, x1, y0, y1] = this.span(box);
    for (let i = x0; i <= x1; i++)
      for (let j = y0; j <= y1; j++) {
        const list = this.cells.get(cellOf(i, j));
        if (!list) continue;
        for (const other of list)
          if ((!counts || other.owner === undefined || counts(other.owner)) && overlap(box, other)) return true;
      }
    return false;
  }

  /** The cells a box (with its margin) lies in: first and last column, first and last row. */
  private span(box: Box): [number, number, number, number] {
    const size = this.cell;
    return [
      Math.floor((box.x - MARGIN) / size),
      Math.floor((box.x + box.width + MARGIN) / size),
      Math.floor((box.y - MARGIN) / size),
      Math.floor((box.y + box.height + MARGIN) / size),
    ];
  }
}
