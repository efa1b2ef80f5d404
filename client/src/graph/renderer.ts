// sigma on the explorer graph: every colour, size and highlight comes from reducers over the data and the view state.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { ViewState } from '../state/view-state.ts';
import type { ExplorerGraph, NodeAttributes } from './graph-model.ts';
import { DIMMED, ENTITY_COLORS, humanize, nodeSize, relationColor } from './style.ts';

export interface RendererEvents {
  clickNode(key: string): void;
  doubleClickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
  hoverNode(key: string | null): void;
}

export function createRenderer(
  container: HTMLElement,
  graph: ExplorerGraph,
  getView: () => ViewState,
  on: RendererEvents,
): Sigma<NodeAttributes, RelationAttributes> {
  const isNear = (node: string, centre: string) => node === centre || graph.areNeighbors(node, centre);

  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const v = getView();
    const out: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: data.name,
      color: ENTITY_COLORS[data.entityType] ?? '#999',
      size: nodeSize(graph.degree(node)),
    };
    const selected = v.selection?.kind === 'node' && v.selection.key === node;
    if (v.hovered && !isNear(node, v.hovered)) {
      out.color = DIMMED;
      out.label = '';
    } else if (v.hovered || selected) {
      out.highlighted = true;
      out.zIndex = 1;
    }
    if (selected) out.forceLabel = true;
    return out;
  };

  const edgeReducer = (edge: string, data: RelationAttributes): Partial<EdgeDisplayData> => {
    const v = getView();
    const [s, t] = graph.extremities(edge);
    const out: Partial<EdgeDisplayData> = {
      color: relationColor(data.relType),
      size: 1.5,
      label: humanize(data.relType),
    };
    const touchesHover = v.hovered !== null && (s === v.hovered || t === v.hovered);
    const selected = v.selection?.kind === 'edge' && v.selection.key === edge;
    if (v.hovered && !touchesHover) {
      out.color = DIMMED;
      out.label = '';
    } else if (touchesHover || selected) {
      out.size = 3;
      out.forceLabel = true;
      out.zIndex = 1;
    } else out.label = '';
    return out;
  };

  const sigma = new Sigma<NodeAttributes, RelationAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 10,
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
  return sigma;
}
