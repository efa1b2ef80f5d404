// Runs inside the page (added before any script): notes when sigma first draws the expected graph, how many layout
// steps moved the nodes, and the main thread's long tasks, on window.__bench. Plain JavaScript text, because a
// function handed to the page would carry the TypeScript runner's helpers with it.
export interface PageProbe {
  expected: number;
  /** sigma has issued the draw calls of the first frame holding every node… */
  firstRender: number | null;
  /** …and the next animation frame has begun, so that frame was composited (on SwiftShader this waits for the GPU). */
  firstFrame: number | null;
  positionUpdates: number[];
  longTasks: number[];
  renders: number[];
}

declare global {
  interface Window {
    __bench?: PageProbe;
  }
}

export function probeScript(expected: number): string {
  return `(() => {
  const probe = { expected: ${Number(expected)}, firstRender: null, firstFrame: null, positionUpdates: [], longTasks: [], renders: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const attach = () => {
    const ex = window.__explorer;
    if (!ex) return void setTimeout(attach, 5);
    ex.graph.on('eachNodeAttributesUpdated', () => probe.positionUpdates.push(performance.now()));
    ex.sigma.on('afterRender', () => {
      const now = performance.now();
      probe.renders.push(now);
      if (probe.firstRender !== null || ex.graph.order < probe.expected) return;
      probe.firstRender = now;
      requestAnimationFrame(() => (probe.firstFrame = performance.now()));
    });
  };
  attach();
})();`;
}
