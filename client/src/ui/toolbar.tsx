// Tools over the graph: run or stop the layout, fit the view, sizing, communities, export, and a link to this view.
import { useState } from 'preact/hooks';
import { fitView, graph, layout, renderer, shareableUrl } from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import type { SizeBy } from '../state/view-state.ts';
import { ExportMenu } from './export-menu.tsx';

/** The server refuses longer addresses (see the README's security section). */
const MAX_LINK = 2000;

function CopyLink() {
  const [said, setSaid] = useState<string | null>(null);
  const copy = async () => {
    const url = shareableUrl();
    if (url.length > MAX_LINK) {
      setSaid('This view is too big for a link; collapse some expansions, or export it instead.');
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied');
    } catch {
      // No clipboard permission (or plain HTTP on another host): the address bar holds the same link.
      setSaid('Copy the address bar: it holds this view');
    }
    setTimeout(() => setSaid(null), 3000);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {said && (
        <span class="toast" role="status">
          {said}
        </span>
      )}
    </>
  );
}

export function Toolbar() {
  const v = view.value;
  void v.graphRevision;
  if (!graph.order) return null;
  return (
    <div class="toolbar" role="toolbar" aria-label="Graph tools">
      <button
        type="button"
        aria-pressed={v.layoutRunning}
        // On the map, coordinates place the nodes; the force layout waits for Explore (map-mode.ts).
        disabled={v.mode === 'map'}
        title={v.mode === 'map' ? 'On the map, places sit at their coordinates' : undefined}
        onClick={() => (v.layoutRunning ? layout.stop() : layout.start(Infinity))}
      >
        {v.layoutRunning ? 'Stop layout' : 'Run layout'}
      </button>
      <button
        type="button"
        title="Show every node and name"
        onClick={() => renderer.current && fitView(renderer.current, graph, v.mode === 'map')}
      >
        Fit
      </button>
      <label>
        Size by{' '}
        <select
          aria-label="Size nodes by"
          value={v.sizeBy}
          onChange={(e) => actions.setSizeBy((e.target as HTMLSelectElement).value as SizeBy)}
        >
          <option value="degree">degree</option>
          <option value="pagerank">PageRank</option>
        </select>
      </label>
      <button type="button" aria-pressed={v.communities} onClick={() => actions.setCommunities(!v.communities)}>
        Communities
      </button>
      <label title="Neighbours brought in by one expansion; “Show more” asks for as many again">
        Expand{' '}
        <select
          aria-label="Neighbours per expansion"
          value={v.expandLimit}
          onChange={(e) => actions.setExpandLimit(Number((e.target as HTMLSelectElement).value))}
        >
          {[...new Set([10, 25, 50, 100, 300, 1000, v.expandLimit])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
        </select>
      </label>
      <ExportMenu />
      <CopyLink />
    </div>
  );
}
