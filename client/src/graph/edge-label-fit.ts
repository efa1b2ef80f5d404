// Which relationship names fit (pure): each covers a few small boxes along its text, and one that meets a node's name,
// the hovered box, a relationship's name kept before it or another node's disc (drawn over it) is left out. The
// line's colour still says what it is.
import { BoxGrid, type Box } from './box-grid.ts';

/** The part of DOMMatrix a stroke needs: a 2D transform (x' = a·x + c·y + e, y' = b·x + d·y + f). */
export type Transform = Pick<DOMMatrix2DInit, 'a' | 'b' | 'c' | 'd' | 'e' | 'f'>;

/** One fillText of a relationship's name, as sigma's drawer made it, measured in the font it was made in. */
export interface Stroke {
  text: string;
  x: number;
  y: number;
  transform: Transform;
  /** The text's advance and its ink above and below the baseline, before the transform. */
  width: number;
  ascent: number;
  descent: number;
}

/** A relationship's name offered for writing. */
export interface EdgeLabelOffer {
  key: string;
  /** What the reader chose (the selected relationship, a path's): written whatever it meets. */
  always: boolean;
  /** Where it may go, best first (the middle of its line, then slid along it), each as the boxes it would cover. */
  places: Box[][];
  /** Its two nodes, whose discs it may touch. */
  ends: readonly string[];
}

/** An offer written: which (its index in the offers), where (its index in the offer's places) and what it covers. */
export interface FittedLabel {
  index: number;
  place: number;
  boxes: Box[];
}

/** A node drawn on screen: the square around its disc. */
export type Disc = Box & { key: string };

const at = (m: Transform, x: number, y: number) => ({
  x: (m.a ?? 1) * x + (m.c ?? 0) * y + (m.e ?? 0),
  y: (m.b ?? 0) * x + (m.d ?? 1) * y + (m.f ?? 0),
});

/**
 * The boxes a stroke covers, in CSS pixels (the transform includes the canvas's `pixelRatio`): one per slice of text
 * about as long as it is high, so a slanted name is not taken for the whole square around it. A curved name comes
 * one letter per stroke, each its own small box.
 */
export function strokeBoxes(s: Stroke, pixelRatio: number): Box[] {
  const height = s.ascent + s.descent;
  if (!(s.width > 0 && height > 0)) return [];
  const n = Math.max(1, Math.ceil(s.width / height));
  const step = s.width / n;
  const out: Box[] = [];
  for (let i = 0; i < n; i++) {
    const x0 = s.x + i * step;
    const corners = [
      at(s.transform, x0, s.y - s.ascent),
      at(s.transform, x0 + step, s.y - s.ascent),
      at(s.transform, x0, s.y + s.descent),
      at(s.transform, x0 + step, s.y + s.descent),
    ];
    const xs = corners.map((p) => p.x / pixelRatio);
    const ys = corners.map((p) => p.y / pixelRatio);
    const left = Math.min(...xs);
    const top = Math.min(...ys);
    out.push({ x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top });
  }
  return out;
}

/**
 * The names to write, the reader's choices first (where sigma put them), then the others in `offers`' order, each in
 * its first place that meets none of `taken` (the node names written, the hovered box), no name kept before it and no
 * disc but its own nodes'.
 */
export function fitEdgeLabels(
  offers: readonly EdgeLabelOffer[],
  taken: readonly Box[],
  discs: readonly Disc[] = [],
): FittedLabel[] {
  const grid = new BoxGrid();
  for (const box of taken) grid.add(box);
  const nodes = new BoxGrid(16);
  for (const d of discs) nodes.add(d, d.key);
  const kept: FittedLabel[] = [];
  const order = offers.map((_, i) => i);
  const ordered = [...order.filter((i) => offers[i]!.always), ...order.filter((i) => !offers[i]!.always)];
  for (const index of ordered) {
    const offer = offers[index]!;
    const other = (key: string) => !offer.ends.includes(key);
    const free = (boxes: Box[]) => !boxes.some((b) => grid.meets(b) || nodes.meets(b, other));
    const place = offer.always ? (offer.places.length ? 0 : -1) : offer.places.findIndex(free);
    if (place < 0) continue;
    const boxes = offer.places[place]!;
    kept.push({ index, place, boxes });
    for (const b of boxes) grid.add(b);
  }
  return kept;
}
