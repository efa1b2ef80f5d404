// Exposes the renderer and graph on window.__explorer: for the browser console, and for tests to find where a node is drawn.
import type Sigma from 'sigma';
import type { RelationAttributes } from '../../server/contract.ts';
import type { ExplorerGraph, NodeAttributes } from './graph/graph-model.ts';
import { lastLayoutStats, type LayoutStats } from './graph/large-graph.ts';
import { edgeLabelsOn, type EdgeLabelsWritten } from './graph/edge-labels.ts';
import { labelsOn, type LabelsWritten } from './graph/node-labels.ts';

type ExplorerSigma = Sigma<NodeAttributes, RelationAttributes>;

declare global {
  interface Window {
    __explorer?: {
      sigma: ExplorerSigma;
      graph: ExplorerGraph;
      nodeOnScreen(key: string): { x: number; y: number } | null;
      /** The last precomputed layout of a very large graph: steps, time, steps per second (for the benchmark). */
      layoutStats(): LayoutStats | null;
      /** The names sigma last offered and those written beside their nodes (graph/node-labels.ts). */
      labels(): LabelsWritten | null;
      /** The relationships' names sigma last offered and those written, each with the boxes it covers. */
      edgeLabels(): EdgeLabelsWritten | null;
    };
  }
}

export function exposeForDebugging(sigma: ExplorerSigma, graph: ExplorerGraph): void {
  window.__explorer = {
    sigma,
    graph,
    nodeOnScreen(key) {
      if (!graph.hasNode(key)) return null;
      const d = sigma.getNodeDisplayData(key);
      if (!d) return null;
      const p = sigma.framedGraphToViewport(d);
      const rect = sigma.getContainer().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    layoutStats: () => lastLayoutStats,
    labels: () => labelsOn(sigma.getCanvases().labels!) ?? null,
    edgeLabels: () => edgeLabelsOn(sigma.getCanvases().edgeLabels!) ?? null,
  };
}
