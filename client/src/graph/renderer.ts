// sigma on the explorer graph: curved parallel edges, ringed focus and pinned nodes, and every style from display.ts.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import {
  drawStraightEdgeLabel,
  EdgeArrowProgram,
  EdgeLineProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { ExplorerGraph, NodeAttributes } from './graph-model.ts';
import { edgeDisplay, nodeDisplay, type DisplayContext } from './display.ts';
import { deferEdgeLabel, flushEdgeLabels, keepEdgeLabelsOffNodes } from './edge-labels.ts';
import { drawHoverLabel } from './hover-label.ts';
import { adaptRenderingToSize } from './large-graph-rendering.ts';
import { paintMarks } from './mark-layer.ts';
import { NODE_MARKS, type NodeMark } from './node-marks.ts';
import { drawNodeLabel, flushLabels } from './node-labels.ts';

export interface RendererEvents {
  clickNode(key: string): void;
  doubleClickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
  hoverNode(key: string | null): void;
}

/** A marked node (the view's centre, a pin) keeps its colour inside its rings (node-marks.ts). */
function markedNodeProgram(mark: NodeMark) {
  return createNodeBorderProgram({
    borders: [
      ...NODE_MARKS[mark].map((r) => ({
        size: { value: r.size },
        color: r.color === 'node' ? { attribute: 'color' } : { value: r.color },
      })),
      { size: { fill: true }, color: { attribute: 'color' } },
    ],
  });
}

/** Curved parallel edges, their names written only where they fit, like the straight ones' (edge-labels.ts). */
class CurvedEdgeProgram extends EdgeCurvedArrowProgram {
  constructor(...args: ConstructorParameters<typeof EdgeCurvedArrowProgram>) {
    super(...args);
    if (this.drawLabel) this.drawLabel = deferEdgeLabel(this.drawLabel);
  }
}

export function createRenderer(
  container: HTMLElement,
  graph: ExplorerGraph,
  context: () => DisplayContext,
  on: RendererEvents,
): Sigma<NodeAttributes, RelationAttributes> {
  const sigma = new Sigma<NodeAttributes, RelationAttributes>(graph, container, {
    nodeReducer: (node, data) => nodeDisplay(node, data, context()),
    edgeReducer: (edge, data) => edgeDisplay(edge, data, context()),
    // 'point' and 'line' are a big view's (display.ts, plain): compiled now, while the page waits for its first data.
    nodeProgramClasses: {
      circle: NodeCircleProgram,
      point: NodePointProgram,
      focus: markedNodeProgram('focus'),
      pinned: markedNodeProgram('pinned'),
      'focus-pinned': markedNodeProgram('focus-pinned'),
    },
    edgeProgramClasses: { arrow: EdgeArrowProgram, curved: CurvedEdgeProgram, line: EdgeLineProgram },
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    // Names show down to the smallest node (4 px) even when the view zooms out to fit them (scene/camera-fit.ts);
    // sigma's label grid offers the biggest few per 100 px cell, and drawNodeLabel writes those that fit. One per cell
    // (sigma's default, for renderers that write every name offered) left nodes in a small view unnamed with room to
    // spare: a cell holds several lines of names.
    labelRenderedSizeThreshold: 3,
    labelDensity: 4,
    labelFont: 'system-ui, sans-serif',
    // A whole name by the right edge turns to the node's left rather than run off.
    defaultDrawNodeHover: drawHoverLabel,
    defaultDrawNodeLabel: drawNodeLabel,
    edgeLabelFont: 'system-ui, sans-serif',
    defaultDrawEdgeLabel: deferEdgeLabel(drawStraightEdgeLabel),
    zIndex: true,
    // Room for labels at the edges, and for the status line below.
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
  });

  // First of its listeners: the names are written before anyone else hears the frame is done, the nodes' first, so
  // that the relationships' keep clear of them; a big view's rings go under them all.
  sigma.on('afterRender', () => {
    paintMarks(sigma, context());
    flushLabels();
    flushEdgeLabels();
  });
  sigma.on('clickNode', ({ node }) => on.clickNode(node));
  sigma.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    on.doubleClickNode(e.node);
  });
  sigma.on('clickEdge', ({ edge }) => on.clickEdge(edge));
  sigma.on('clickStage', () => on.clickStage());
  sigma.on('enterNode', ({ node }) => on.hoverNode(node));
  sigma.on('leaveNode', () => on.hoverNode(null));
  adaptRenderingToSize(sigma, graph);
  keepEdgeLabelsOffNodes(sigma);
  return sigma;
}
