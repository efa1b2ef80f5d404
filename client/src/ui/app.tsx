// The page: header (title, search, mode tabs), the graph stage with its overlays, and the mode's side column.
import { useEffect } from 'preact/hooks';
import type { SearchHit } from '../../../server/contract.ts';
import { addEntity, exploreEntity, graph, startUrlSync } from '../explorer.ts';
import { slice } from '../state/selectors.ts';
import { actions } from '../state/store.ts';
import { GraphView } from './graph-view.tsx';
import { Legend, legendOpen } from './legend.tsx';
import { StageLayer } from './mode-mounts.tsx';
import { ModePanel } from './mode-panel.tsx';
import { ModeTabs } from './mode-tabs.tsx';
import { SearchBox } from './search-box.tsx';
import { StatusBar } from './status-bar.tsx';
import { Toolbar } from './toolbar.tsx';
import { Welcome } from './welcome.tsx';

/** Escape clears the selection, unless a field or menu used it first. */
function onKey(e: KeyboardEvent) {
  const t = e.target as HTMLElement | null;
  if (e.key !== 'Escape' || e.defaultPrevented || t?.closest('input, textarea, select, [role="listbox"]')) return;
  actions.select(null);
  actions.highlightPath(null);
}

export function App() {
  // Only the parts drawn here: reading the whole state would re-render the page on every hover.
  const v = {
    mode: slice.mode.value,
    graphRevision: slice.graphRevision.value,
    pending: slice.pending.value,
    scene: slice.scene.value,
  };
  useEffect(() => {
    void startUrlSync();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  void v.graphRevision;
  const empty = graph.order === 0 && v.pending === 0 && !v.scene;
  return (
    <div class="layout" data-mode={v.mode}>
      <header class="top">
        <h1>
          Syria 2024 <span>offensive explorer</span>
        </h1>
        <SearchBox
          onChoose={(hit: SearchHit, how) => void (how.add ? addEntity(hit.key) : exploreEntity(hit.key))}
          footnote={graph.order > 0 ? 'Enter opens it · Shift+Enter adds it to the view' : undefined}
        />
        <ModeTabs />
      </header>
      <main class={legendOpen.value ? 'stage with-legend' : 'stage'} aria-label="Graph">
        <GraphView />
        <StageLayer />
        {empty && v.mode === 'explore' && <Welcome />}
        {graph.order > 0 && <Legend />}
        <Toolbar />
        <StatusBar />
      </main>
      <ModePanel />
    </div>
  );
}
