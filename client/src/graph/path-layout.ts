// Paths read top to bottom: each node placed by its distance from the start, alternatives side by side (pure).
import type { FoundPath } from '../state/view-state.ts';

const STEP = 100;

/**
 * Positions for the nodes of the found paths: row = hops from the start (the start on top, sigma's y grows upwards),
 * column = order of first appearance within the row, centred. Labels run to the right, so a column fits them.
 */
export function pathPositions(paths: FoundPath[]): Map<string, { x: number; y: number }> {
  const layer = new Map<string, number>();
  for (const p of paths) p.nodes.forEach((n, i) => layer.set(n, Math.min(layer.get(n) ?? i, i)));
  const rows = new Map<number, string[]>();
  for (const [n, i] of layer) rows.set(i, [...(rows.get(i) ?? []), n]);
  const out = new Map<string, { x: number; y: number }>();
  for (const [i, nodes] of rows)
    // A slight slant: a perfectly vertical edge gets its label drawn upside down by sigma in one direction.
    nodes.forEach((n, j) =>
      out.set(n, { x: (j - (nodes.length - 1) / 2) * STEP * 0.8 + i * STEP * 0.12, y: -i * STEP }),
    );
  return out;
}
