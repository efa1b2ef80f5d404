// ForceAtlas2 (Barnes-Hut) on flat matrices, off the main thread, for a fixed number of steps or a time budget; sends
// progress now and then and the final positions once, so a 50,000-node graph is never animated on the page.
import iterate from 'graphology-layout-forceatlas2/iterate.js';

export interface LargeLayoutRequest {
  nodes: ArrayBuffer;
  edges: ArrayBuffer;
  settings: Record<string, unknown>;
  iterations: number;
  budgetMs: number;
}

export type LargeLayoutMessage =
  | { type: 'progress'; iterations: number; ms: number }
  | { type: 'done'; nodes: ArrayBuffer; iterations: number; ms: number };

let stopRequested = false;

self.onmessage = (event: MessageEvent<LargeLayoutRequest | { type: 'stop' }>) => {
  if ('type' in event.data) {
    stopRequested = true;
    return;
  }
  const req = event.data;
  const nodes = new Float32Array(req.nodes);
  const edges = new Float32Array(req.edges);
  const started = performance.now();
  let done = 0;
  // Steps run in slices so a stop request (the reader pressed Stop) can get in between them.
  const slice = () => {
    const sliceEnd = performance.now() + 200;
    while (done < req.iterations && performance.now() < sliceEnd && !stopRequested) {
      iterate(req.settings, nodes, edges);
      done++;
    }
    const ms = performance.now() - started;
    if (done >= req.iterations || ms >= req.budgetMs || stopRequested) {
      const message: LargeLayoutMessage = { type: 'done', nodes: nodes.buffer, iterations: done, ms };
      (self as unknown as Worker).postMessage(message, [nodes.buffer]);
      return;
    }
    (self as unknown as Worker).postMessage({ type: 'progress', iterations: done, ms } satisfies LargeLayoutMessage);
    setTimeout(slice, 0);
  };
  slice();
};
