// ForceAtlas2 in its web worker (started and stopped by the reader or for a bounded time), then noverlap to finish.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from './graph-model.ts';
import { PRECOMPUTE_ABOVE, PrecomputedLayout } from './large-graph.ts';

interface Point {
  x: number;
  y: number;
}

export class LayoutRunner {
  private layout: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Pinned and dragged nodes, where the reader put them (kept apart: the worker writes float32 into the graph). */
  private readonly holds = new Map<string, Point>();

  /** Whether the nodes have had positions from a layout since the graph was last cleared (see `placing`). */
  private placed = false;

  /** `placing`: a big graph's first positions are being computed, so what is drawn meanwhile is only a placeholder. */
  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onChange: (running: boolean, placing?: boolean) => void = () => {},
    /** How a very large graph's positions land at once (the page has the renderer look away meanwhile). */
    private readonly inBulk: (work: () => void) => void = (work) => work(),
  ) {
    graph.on('cleared', () => (this.placed = false));
  }

  /** Very large graphs: positions computed in a worker and applied once (see large-graph.ts). */
  private precomputed: PrecomputedLayout | null = null;

  /** While another view owns the positions (the map), runs are put off: the last one asked for waits here. */
  private suspended = false;
  private deferred: { ms?: number } | null = null;

  get running(): boolean {
    return (this.layout?.isRunning() ?? false) || (this.precomputed?.running ?? false);
  }

  /** Keeps a node at (x, y) through every layout step until released. */
  hold(key: string, x: number, y: number): void {
    this.holds.set(key, { x, y });
  }

  release(key?: string): void {
    if (key === undefined) this.holds.clear();
    else this.holds.delete(key);
  }

  /** Held nodes stay where the reader put them, even while the worker moves everything else. */
  private readonly held = <P extends Point>(key: string, pos: P): P => {
    const at = this.holds.get(key);
    return at ? { ...pos, x: at.x, y: at.y } : pos;
  };

  /**
   * Runs for `ms` (by default longer for bigger graphs), then stops and removes overlaps; `ms = Infinity` runs until
   * stop() — what the toolbar's "Run layout" does.
   */
  start(ms = Math.min(6000, 1500 + this.graph.order * 15)): void {
    if (this.suspended) return void (this.deferred = { ms });
    this.stopWorker();
    if (this.graph.order < 2) return;
    if (this.graph.order > PRECOMPUTE_ABOVE) {
      this.precomputed = new PrecomputedLayout(
        this.graph,
        () => {
          this.placed = true;
          this.onChange(false);
        },
        this.inBulk,
      );
      this.precomputed.start(this.held, new Set(this.holds.keys()));
      this.onChange(true, !this.placed);
      return;
    }
    const settings = forceAtlas2.inferSettings(this.graph);
    this.layout = new FA2Layout(this.graph, {
      settings: { ...settings, adjustSizes: false, gravity: 1, slowDown: 5 },
      // Every relationship pulls the same, however many sources back it.
      getEdgeWeight: null,
      outputReducer: this.held,
    });
    this.layout.start();
    this.placed = true;
    this.onChange(true);
    if (Number.isFinite(ms)) this.timer = setTimeout(() => this.stop(), ms);
  }

  /**
   * A big scene whose nodes are drawn before its relationships arrive (scene/load-scene.ts): from now the page is placing
   * them, so nothing draws relationships until positions land; start() follows once the relationships are in.
   */
  awaitPositions(): void {
    if (this.suspended) return;
    this.stopWorker();
    this.onChange(true, true);
  }

  stop(): void {
    if (this.precomputed?.running) return this.precomputed.finishEarly();
    const wasRunning = this.running;
    this.stopWorker();
    if (wasRunning)
      noverlap.assign(this.graph, {
        maxIterations: 120,
        settings: { ratio: 1.2, margin: 2 },
        outputReducer: (key, pos) => this.held(key, pos),
      });
    this.onChange(false);
  }

  /**
   * The map draws positions from coordinates, so a force layout meanwhile would only move nodes nobody sees. A run in
   * progress, and any asked for while suspended (a scene opened on the map), happen on resume() instead.
   */
  suspend(): void {
    if (this.suspended) return;
    if (this.running) this.deferred = {};
    this.suspended = true;
    this.kill();
  }

  resume(): void {
    if (!this.suspended) return;
    this.suspended = false;
    const run = this.deferred;
    this.deferred = null;
    if (run) this.start(run.ms);
  }

  kill(): void {
    this.stopWorker();
    this.onChange(false);
  }

  private stopWorker(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.precomputed?.kill();
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
    }
  }
}
