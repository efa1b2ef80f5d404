// The export verbs: the view as PNG or SVG (what is drawn), the subgraph as GEXF, GraphML or JSON, its facts as CSV.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { api } from '../api/http.ts';
import { buildDisplayContext } from '../graph/display-context.ts';
import { flushEdgeLabels, keepEdgeLabelsOffNodes } from '../graph/edge-labels.ts';
import { paintMarks } from '../graph/mark-layer.ts';
import { flushLabels } from '../graph/node-labels.ts';
import { graph, renderer } from '../scene/graph-instance.ts';
import { track } from '../scene/track.ts';
import { actions, view } from '../state/store.ts';
import { download, fileStem } from './download.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { drawingOf } from './sigma-drawing.ts';
import { drawingToSvg } from './svg-drawing.ts';
import { viewGraph } from './view-graph.ts';

/** POST /api/facts's cap (server/routes/facts.ts). */
const FACTS_MAX_KEYS = 5000;

export type ExportFormat = 'png' | 'svg' | 'gexf' | 'graphml' | 'json' | 'csv';

function about(): string | null {
  const s = view.value.scene;
  if (!s) return null;
  return s.kind === 'entity' ? s.key : s.kind === 'network' ? 'faction-network' : `path-${s.from}-${s.to}`;
}

export async function exportView(format: ExportFormat): Promise<void> {
  const v = view.value;
  const stem = fileStem(about());
  const sub = viewGraph(graph, v.filters);
  switch (format) {
    case 'png':
      // The exporter is typed for plain attributes; ours are a subtype it never writes to.
      if (renderer.current) {
        const sigma = renderer.current as unknown as Sigma;
        // The copy it draws has none of our listeners: its names (and a big view's rings) are written when asked, before
        // its canvases are copied.
        const withTempRenderer = async (copy: Sigma) => {
          paintMarks(copy, buildDisplayContext(graph, v));
          flushLabels();
          keepEdgeLabelsOffNodes(copy);
          flushEdgeLabels();
        };
        await track(
          () => downloadAsPNG(sigma, { fileName: stem, backgroundColor: '#ffffff', withTempRenderer }),
          'No image was made.',
        );
      }
      return;
    case 'svg':
      if (renderer.current) download(`${stem}.svg`, drawingToSvg(drawingOf(renderer.current)), 'image/svg+xml');
      return;
    case 'gexf':
      return download(`${stem}.gexf`, toGexf(sub, buildDisplayContext(graph, v)), 'application/xml');
    case 'graphml':
      return download(`${stem}.graphml`, toGraphml(sub), 'application/xml');
    case 'json':
      return download(`${stem}.json`, JSON.stringify(sub.export(), null, 1), 'application/json');
    case 'csv': {
      const facts = sub.order + sub.size;
      if (facts > FACTS_MAX_KEYS)
        return actions.failed(
          `This view holds ${facts} facts; the CSV export takes at most ${FACTS_MAX_KEYS}. Hide some types or dates with the filters, then export again.`,
        );
      const csv = await track(
        () => api.factsCsv({ nodes: sub.nodes(), edges: sub.edges() }),
        'The facts could not be exported.',
      );
      if (csv !== undefined) download(`${stem}-facts.csv`, csv, 'text/csv');
    }
  }
}
