// Very large subgraphs are laid out before they are drawn: ForceAtlas2 with Barnes-Hut runs in a dedicated worker on
// flat matrices for a bounded number of steps, and the positions land once. Animating 50,000 nodes would redraw the
// whole graph at every step and keep the page busy; this keeps the main thread free while the worker computes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { ExplorerGraph, NodeAttributes } from './graph-model.ts';
import type { LargeLayoutMessage, LargeLayoutRequest } from './large-layout.worker.ts';

/** Above this many nodes, positions are computed first and drawn once (measured: see README, performance). */
export const PRECOMPUTE_ABOVE = 2000;

export interface LayoutStats {
  mode: string;
  nodes: number;
  iterations: number;
  ms: number;
  iterationsPerSecond: number;
}

/** The last precomputed run's figures, for the status line and the benchmark. */
export let lastLayoutStats: LayoutStats | null = null;

type Reducer = (key: string, pos: NodeAttributes) => NodeAttributes;

export class PrecomputedLayout {
  private worker: Worker | null = null;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onDone: () => void,
    private readonly inBulk: (work: () => void) => void = (work) => work(),
    private readonly onProgress: (share: number) => void = () => {},
  ) {}

  get running(): boolean {
    return this.worker !== null;
  }

  /** Steps shrink as the graph grows (each costs ~n log n), within a time budget either way. */
  start(reducer: Reducer, held: ReadonlySet<string>): void {
    this.kill();
    const order = this.graph.order;
    const { nodes, edges } = graphToByteArrays(this.graph as never, () => 1);
    // Held nodes stay put in the worker too.
    let i = 0;
    this.graph.forEachNode((key) => {
      if (held.has(key)) nodes[i * 10 + 9] = 1;
      i++;
    });
    const iterations = order > 30_000 ? 60 : order > 10_000 ? 100 : 150;
    // iterate() takes every setting: the library's defaults first (a missing one makes every position NaN).
    const settings = {
      ...FA2_DEFAULTS,
      ...forceAtlas2.inferSettings(order),
      barnesHutOptimize: true,
      barnesHutTheta: 1.2,
    };
    const worker = new Worker(new URL('./large-layout.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    worker.onmessage = (e: MessageEvent<LargeLayoutMessage>) => {
      if (this.worker !== worker) return;
      if (e.data.type === 'progress') return this.onProgress(e.data.iterations / iterations);
      const matrix = new Float32Array(e.data.nodes);
      let j = 0;
      this.inBulk(() =>
        this.graph.updateEachNodeAttributes(
          (key, attr) => {
            const next = reducer(key, { ...attr, x: matrix[j]!, y: matrix[j + 1]! });
            j += 10;
            return next;
          },
          { attributes: ['x', 'y'] },
        ),
      );
      lastLayoutStats = {
        mode: 'precomputed (FA2 Barnes-Hut in a worker, drawn once)',
        nodes: order,
        iterations: e.data.iterations,
        ms: e.data.ms,
        iterationsPerSecond: e.data.iterations / (e.data.ms / 1000),
      };
      this.kill();
      this.onDone();
    };
    // A worker that cannot start (or dies) must not leave the page saying "laying out…" forever.
    worker.onerror = (e) => {
      console.error(`The layout worker failed: ${e.message}`);
      this.kill();
      this.onDone();
    };
    const request: LargeLayoutRequest = {
      nodes: nodes.buffer as ArrayBuffer,
      edges: edges.buffer as ArrayBuffer,
      settings,
      iterations,
      budgetMs: 20_000,
    };
    worker.postMessage(request, [nodes.buffer, edges.buffer]);
  }

  /** Asks the worker to hand back what it has now (the reader pressed Stop). */
  finishEarly(): void {
    this.worker?.postMessage({ type: 'stop' });
  }

  kill(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
