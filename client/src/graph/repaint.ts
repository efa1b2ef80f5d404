// When sigma redraws: at most once a frame whatever changed meanwhile; on a big view a hover repaints only the nodes and
// relationships it touches; a whole scene loads with sigma detached, so it is indexed once rather than item by item; and
// while a big view waits for its first positions sigma is handed its nodes only (see showEdges).
import type Sigma from 'sigma';
import type { RelationAttributes } from '../../../server/contract.ts';
import { createGraph, type ExplorerGraph, type NodeAttributes } from './graph-model.ts';
import { nodesOnly } from './nodes-only.ts';

export class Repainter {
  private full = false;
  /** Positions or the canvas changed, not what the reducers say: sigma re-indexes without calling them again. */
  private reprocess = false;
  private readonly nodes = new Set<string>();
  private readonly edges = new Set<string>();
  private frame = 0;
  private detached = false;
  /** Waiting for the next redraw (settled). */
  private readonly afterFlush: (() => void)[] = [];
  /** What sigma shows while the real graph is being filled: nothing. */
  private readonly placeholder = createGraph();
  /** Whether relationships are left out of what sigma is given (showEdges), and the node-only copy it has then. */
  private edgesLeftOut = false;
  private shown: ReturnType<typeof nodesOnly> | null = null;
  /** What sigma is given once a scene is in: the page graph, or a stand-in with other positions (map mode's mirror). */
  private drawn: ExplorerGraph;

  constructor(
    private readonly sigma: Sigma<NodeAttributes, RelationAttributes>,
    private readonly graph: ExplorerGraph,
  ) {
    this.drawn = graph;
  }

  /**
   * Draws `g` from now on, and after every scene load too: handing sigma a graph directly would last only until the
   * next load gave it the page graph back (a search in map mode drew the force layout over the map).
   */
  drawFrom(g: ExplorerGraph): void {
    this.drawn = g;
    this.shown?.release();
    this.shown = null;
    this.sigma.setGraph(g);
  }

  /** Everything may look different: every node and edge goes through the reducers again. */
  all(): void {
    this.full = true;
    this.schedule();
  }

  /** The canvas changed size: sigma's label grid and frame follow, the reducers' answers stay. */
  resized(): void {
    this.sigma.resize();
    this.reprocess = true;
    this.schedule();
  }

  /** Only these nodes (with their neighbours and relationships) and these relationships look different. */
  around(nodes: Iterable<string | null>, edges: Iterable<string> = []): void {
    for (const n of nodes) {
      if (n === null || !this.graph.hasNode(n)) continue;
      this.nodes.add(n);
      this.graph.forEachNeighbor(n, (m) => this.nodes.add(m));
      if (!this.shown) this.graph.forEachEdge(n, (e) => this.edges.add(e));
    }
    if (!this.shown) for (const e of edges) if (this.graph.hasEdge(e)) this.edges.add(e);
    this.schedule();
  }

  /** Runs `then` right after the next redraw, which re-indexes positions first: sigma's display data is then current. */
  settled(then: () => void): void {
    this.afterFlush.push(then);
    this.reprocess = true;
    this.schedule();
  }

  /**
   * A big view whose nodes wait for their first positions draws no relationships (display.ts); hiding them one by one
   * still costs sigma its whole edge pass (reducer, index, buffers: ~0.3 s at 50,000). So until they may show, sigma
   * gets a copy of the graph holding the nodes only, and the real graph again as soon as they may.
   */
  showEdges(show: boolean): void {
    if (this.edgesLeftOut === !show) return;
    this.edgesLeftOut = !show;
    if (show && this.shown) this.detach();
  }

  /**
   * sigma indexes every node and edge the graph announces, one event each; for a whole scene it is far cheaper to look
   * away and index the result once, at the next frame.
   */
  detach(): void {
    if (this.detached) return;
    this.detached = true;
    this.sigma.setGraph(this.placeholder);
    this.all();
  }

  kill(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.afterFlush.length = 0;
    this.shown?.release();
    this.shown = null;
  }

  private schedule(): void {
    this.frame ||= requestAnimationFrame(this.flush);
  }

  private readonly flush = () => {
    this.frame = 0;
    const partial = { nodes: [...this.nodes], edges: [...this.edges] };
    this.nodes.clear();
    this.edges.clear();
    const full = this.full;
    const reprocess = this.reprocess;
    this.full = this.reprocess = false;
    if (this.detached) {
      this.detached = false;
      this.shown?.release();
      // A change to the nodes themselves while the copy is shown: build it again, next frame.
      this.shown = this.edgesLeftOut ? nodesOnly(this.drawn, () => this.detach()) : null;
      // setGraph indexes and draws everything.
      this.sigma.setGraph(this.shown?.graph ?? this.drawn);
    } else if (full) this.sigma.refresh();
    else if (reprocess || partial.nodes.length || partial.edges.length) {
      try {
        this.sigma.refresh({ partialGraph: partial, skipIndexation: !reprocess });
      } catch {
        // A node sigma has not indexed yet (it arrived this very frame): index everything instead.
        this.sigma.refresh();
      }
    }
    for (const then of this.afterFlush.splice(0)) then();
  };
}
