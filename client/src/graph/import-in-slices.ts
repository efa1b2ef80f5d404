// A very large scene's relationships go into the graph a slice per task, so the page can answer input and paint between
// slices: imported whole, 250,000 of them and the counters after them held the main thread 3.1 s (README, performance).
import type { SerializedEdge } from 'graphology-types';
import type { RelationAttributes } from '../../../server/contract.ts';
import type { ExplorerGraph } from './graph-model.ts';

/** ~0.1 s of graphology's addEdge on the bench machine: long enough to cost little in yields, short enough to answer. */
export const EDGES_PER_SLICE = 15_000;

export interface SliceOptions {
  /** Asked before every slice: false (another scene replaced this one) stops the import there. */
  stillWanted: () => boolean;
  sliceSize?: number;
  /** How the page gets its turn between slices. */
  yieldToPage?: () => Promise<void>;
}

/** Lets input and rendering run: scheduler.yield where the browser has it (Chromium), else a fresh task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
}

/**
 * Imports `edges` slice by slice; true once every slice is in, false if stopped. Between slices the reader may change
 * the graph (expand a node, remove one): a slice then merges instead of adding, so a relationship that came in
 * meanwhile is not added twice, and leaves out relationships whose ends have gone.
 */
export async function importEdgesInSlices(
  graph: ExplorerGraph,
  edges: SerializedEdge<RelationAttributes>[],
  opts: SliceOptions,
): Promise<boolean> {
  const size = opts.sliceSize ?? EDGES_PER_SLICE;
  const pause = opts.yieldToPage ?? yieldToPage;
  let ours = false;
  // Relationships already there (or added by someone else meanwhile) may share keys with these: merge, don't add.
  let merge = graph.size > 0;
  let dropped = false;
  const onAdded = () => void (ours || (merge = true));
  const onDropped = () => void (ours || (dropped = true));
  graph.on('edgeAdded', onAdded);
  graph.on('nodeDropped', onDropped);
  try {
    for (let from = 0; from < edges.length; from += size) {
      if (from > 0) await pause();
      if (!opts.stillWanted()) return false;
      let slice = edges.slice(from, from + size);
      if (dropped) slice = slice.filter((e) => graph.hasNode(e.source) && graph.hasNode(e.target));
      ours = true;
      try {
        graph.import({ edges: slice } as never, merge);
      } finally {
        ours = false;
      }
    }
    return true;
  } finally {
    graph.off('edgeAdded', onAdded);
    graph.off('nodeDropped', onDropped);
  }
}
