// What sigma draws for each node and edge, derived from domain attributes and the view (pure; the reducers call it).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { Filters, Selection } from '../state/view-state.ts';
import type { NodeAttributes } from './graph-model.ts';
import { markOf, type NodeMark } from './node-marks.ts';
import { isEdgeVisible, isNodeVisible } from './visibility.ts';
import { canvasName, DIMMED, humanize, relationColor } from './style.ts';

/** Everything the reducers need, gathered once per frame by the renderer. */
export interface DisplayContext {
  filters: Filters;
  selection: Selection | null;
  hovered: string | null;
  /** The hovered node and its neighbours, when something is hovered. */
  nearHover: ReadonlySet<string> | null;
  /** The hovered node's relationships: gathered once, so the edge reducer never asks the graph for an edge's ends. */
  hoverEdges: ReadonlySet<string> | null;
  /** A path (or other subset) to stand out while everything else is dimmed. */
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  pinned: ReadonlySet<string>;
  /** The node the view was opened on (ringed, always named). */
  focus?: string | null;
  /** Nodes whose names always show (the focus, the paths found). */
  labelled: ReadonlySet<string>;
  /** Relationships drawn thicker and named (the paths found). */
  labelledEdges: ReadonlySet<string>;
  sizeOf(node: string): number;
  colorOf(node: string, attrs: NodeAttributes): string;
  curvatureOf(edge: string): number;
  /**
   * Whether hovering dims everything but the hovered node's neighbourhood (the default). A big view only lifts the
   * neighbourhood out, so a hover repaints the few nodes it touches instead of the whole graph.
   */
  hoverDimsOthers?: boolean;
  /** A big view's nodes are still waiting for their first positions: lines between placeholders would be noise. */
  edgesHidden?: boolean;
  /**
   * A big view draws nodes as points and relationships as plain lines (programs registered in renderer.ts from the
   * start, so switching compiles nothing): a software GL pays per instanced circle or arrow.
   */
  plain?: boolean;
}

/**
 * alwaysLabel: the name is written even where it meets another (graph/node-labels.ts); forceLabel only lifts it.
 * mark: the rings it wears (node-marks.ts), drawn by its own program, or in a big view over its point (mark-layer.ts).
 */
export type NodeDisplay = Partial<NodeDisplayData> & { type?: string; alwaysLabel?: boolean; mark?: NodeMark };
/** alwaysLabel: the relationship's name is written even where it meets another (graph/edge-labels.ts). */
export type EdgeDisplay = Partial<EdgeDisplayData> & { type?: string; curvature?: number; alwaysLabel?: boolean };

export function nodeDisplay(key: string, attrs: NodeAttributes, ctx: DisplayContext): NodeDisplay {
  // sigma needs a position even for what it does not draw.
  if (!isNodeVisible(attrs, ctx.filters)) return { x: attrs.x, y: attrs.y, hidden: true, label: '' };
  const mark = markOf(ctx.focus === key, ctx.pinned.has(key));
  const out: NodeDisplay = {
    x: attrs.x,
    y: attrs.y,
    label: canvasName(attrs.name),
    color: ctx.colorOf(key, attrs),
    size: ctx.sizeOf(key),
    // A big view keeps to points: another GL program's first frame costs software GL ~80 ms (README, performance).
    type: ctx.plain ? 'point' : (mark ?? 'circle'),
  };
  if (mark) out.mark = mark;
  const selected = ctx.selection?.kind === 'node' && ctx.selection.key === key;
  const near = ctx.nearHover?.has(key) ?? false;
  const hoverDims = ctx.nearHover !== null && ctx.hoverDimsOthers !== false;
  const dim = (hoverDims && !near) || (!hoverDims && ctx.highlight && !ctx.highlight.nodes.has(key));
  if (ctx.labelled.has(key)) {
    out.forceLabel = true;
    out.alwaysLabel = true;
    out.label = attrs.name;
  }
  if (dim && !selected) {
    out.color = DIMMED;
    out.label = '';
    out.zIndex = 0;
  } else if (near || ctx.highlight || selected) {
    out.highlighted = ctx.hovered === key || selected;
    if (out.highlighted) out.label = attrs.name;
    out.forceLabel = Boolean(ctx.highlight || near || out.forceLabel) || selected;
    out.zIndex = selected ? 2 : 1;
  }
  return out;
}

// Runs once per relationship on every full repaint (250,000 in a big view). sigma adds any field missing here (hidden,
// forceLabel, zIndex) to the object; answering them all keeps one shape (without them, a 50k view's edge pass doubled).
export function edgeDisplay(key: string, attrs: RelationAttributes, ctx: DisplayContext): EdgeDisplay {
  if (ctx.edgesHidden || !isEdgeVisible(attrs, ctx.filters)) return { hidden: true };
  const out: EdgeDisplay = {
    color: relationColor(attrs.relType),
    size: 1.5,
    label: '',
    type: 'line',
    hidden: false,
    forceLabel: false,
    alwaysLabel: false,
    zIndex: 0,
  };
  if (!ctx.plain) {
    const curvature = ctx.curvatureOf(key);
    out.type = curvature ? 'curved' : 'arrow';
    if (curvature) out.curvature = curvature;
  }
  const selected = ctx.selection?.kind === 'edge' && ctx.selection.key === key;
  const touchesHover = ctx.hoverEdges?.has(key) ?? false;
  const onHighlight = ctx.highlight?.edges.has(key) ?? false;
  const named = !ctx.highlight && !ctx.hovered && ctx.labelledEdges.has(key);
  const chosen = selected || named || (!ctx.hovered && onHighlight);
  if (chosen || touchesHover) {
    out.size = 3;
    out.label = humanize(attrs.relType);
    out.forceLabel = true;
    out.zIndex = 1;
    // What the reader chose is named whatever it meets; a hovered node's relationships only where their names fit.
    if (chosen) out.alwaysLabel = true;
  } else if ((ctx.hovered && ctx.hoverDimsOthers !== false) || ctx.highlight) {
    out.color = DIMMED;
  }
  return out;
}
