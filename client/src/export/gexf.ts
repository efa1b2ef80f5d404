// The view as GEXF for Gephi: domain attributes as GEXF attributes, the drawing (position, colour, size) as viz.
import { write } from 'graphology-gexf/browser';
import type { DisplayContext } from '../graph/display.ts';
import type { ExplorerGraph } from '../graph/graph-model.ts';
import { relationColor } from '../graph/style.ts';
import { flatten } from './view-graph.ts';

export function toGexf(g: ExplorerGraph, ctx: Pick<DisplayContext, 'colorOf' | 'sizeOf'>): string {
  return write(g, {
    version: '1.3',
    formatNode: (key, a) => {
      const { x, y, name, ...rest } = a;
      return {
        label: name,
        attributes: flatten({ ...rest, name } as typeof a),
        viz: { x, y, size: ctx.sizeOf(key), color: ctx.colorOf(key, a) },
      };
    },
    formatEdge: (_key, a) => ({
      label: a.relType,
      attributes: flatten(a),
      viz: { color: relationColor(a.relType) },
    }),
  });
}
