// Reads what sigma currently shows (positions on screen, sizes, colours, labels) into a Drawing for the SVG export.
import type { LabelBox } from '../graph/label-placement.ts';
import { edgeLabelsOn } from '../graph/edge-labels.ts';
import { labelsOn } from '../graph/node-labels.ts';
import type { NodeMark } from '../graph/node-marks.ts';
import type { ExplorerSigma } from '../scene/graph-instance.ts';
import type { Drawing, DrawnEdge, DrawnNode } from './svg-drawing.ts';

export function drawingOf(sigma: ExplorerSigma): Drawing {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  // What sigma offered and the canvas wrote (a name that did not fit is left out, as on screen); the hovered and
  // selected names are written on the layer above.
  const offered = sigma.getNodeDisplayedLabels();
  const written = new Map(labelsOn(sigma.getCanvases().labels!)?.written.map((b) => [b.key, b]));
  const labelled = (key: string, d: { highlighted?: boolean }) =>
    offered.has(key) && (written.has(key) || d.highlighted);
  // The relationships sigma named in its last pass, and of those the ones the canvas wrote (they fitted).
  const shownEdges = sigma.getEdgeDisplayedLabels();
  const writtenEdges = new Set(edgeLabelsOn(sigma.getCanvases().edgeLabels!)?.written.map((w) => w.key));
  const edgeLabelled = { has: (key: string) => shownEdges.has(key) && writtenEdges.has(key) };
  const at = new Map<string, DrawnNode>();
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    // The rings display.ts gave it, whether sigma draws them with a program or a big view paints them (mark-layer.ts).
    const { mark } = d as { mark?: NodeMark };
    at.set(key, {
      x: p.x,
      y: p.y,
      r: sigma.scaleSize(d.size),
      color: d.color,
      ...(labelled(key, d) && d.label ? { label: d.label } : {}),
      ...nameAt(written.get(key)),
      ...(mark ? { mark } : {}),
    });
  });
  const edges: DrawnEdge[] = [];
  graph.forEachEdge((key, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(key) as
      (ReturnType<typeof sigma.getEdgeDisplayData> & { curvature?: number }) | undefined;
    const a = at.get(s);
    const b = at.get(t);
    if (!d || d.hidden || !a || !b) return;
    const c = d.curvature ?? 0;
    // The curve's control point, as @sigma/edge-curve computes it for its labels.
    const curve = c ? { cx: (a.x + b.x) / 2 + (b.y - a.y) * c, cy: (a.y + b.y) / 2 - (b.x - a.x) * c } : {};
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      ...curve,
      color: d.color,
      width: Math.max(1, sigma.scaleSize(d.size)),
      targetR: b.r,
      ...(edgeLabelled.has(key) && d.label ? { label: d.label } : {}),
    });
  });
  return { width, height, nodes: [...at.values()], edges };
}

/** The SVG's text is 13 px against the canvas's 14: the same start, and the baseline where the canvas put it. */
const nameAt = (box: LabelBox | undefined) =>
  box ? { labelAt: { x: box.x, y: box.y + box.height / 2 + box.height / 3 } } : {};
