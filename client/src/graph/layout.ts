// ForceAtlas2 in its web worker for a bounded time, then noverlap to separate what still overlaps.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from './graph-model.ts';

export class LayoutRunner {
  private layout: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly onChange: (running: boolean) => void = () => {},
  ) {}

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** Runs for `ms` (longer for bigger graphs), then stops and removes overlaps. */
  start(ms = Math.min(6000, 1500 + this.graph.order * 15)): void {
    this.stopWorker();
    if (this.graph.order < 2) return;
    const settings = forceAtlas2.inferSettings(this.graph);
    this.layout = new FA2Layout(this.graph, {
      settings: { ...settings, adjustSizes: false, gravity: 1, slowDown: 5 },
      // Pinned nodes stay where the reader put them.
      getEdgeWeight: null,
    });
    this.layout.start();
    this.onChange(true);
    this.timer = setTimeout(() => this.stop(), ms);
  }

  stop(): void {
    const wasRunning = this.running;
    this.stopWorker();
    if (wasRunning) noverlap.assign(this.graph, { maxIterations: 120, settings: { ratio: 1.2, margin: 2 } });
    this.onChange(false);
  }

  kill(): void {
    this.stopWorker();
  }

  private stopWorker(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.layout) {
      this.layout.kill();
      this.layout = null;
    }
  }
}
