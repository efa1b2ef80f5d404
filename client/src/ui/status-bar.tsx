// Loading, counts, capped expansions ("n more") and errors, said in words a reader can act on.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { graph, showMore } from '../explorer.ts';
import { isNodeVisible } from '../graph/visibility.ts';
import { slice } from '../state/selectors.ts';
import { actions } from '../state/store.ts';
import { count } from './counts.ts';

/** Anything quicker than this does not deserve a spinner. */
const LOADING_DELAY_MS = 200;

function useDelayedLoading(pending: boolean): boolean {
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!pending) {
      setShow(false);
      return;
    }
    const t = setTimeout(() => setShow(true), LOADING_DELAY_MS);
    return () => clearTimeout(t);
  }, [pending]);
  return show;
}

export function StatusBar() {
  const revision = slice.graphRevision.value;
  const filters = slice.filters.value;
  const loading = useDelayedLoading(slice.pending.value > 0);
  // Counted when the graph or the filters change, not at every request or error.
  const hidden = useMemo(() => {
    let n = 0;
    graph.forEachNode((_, a) => void (isNodeVisible(a, filters) || n++));
    return n;
  }, [revision, filters]);
  const error = slice.error.value;
  const nameOf = (key: string) =>
    key === '' ? 'Faction network' : graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key;
  return (
    <div class="status" role="status" aria-live="polite">
      {loading && (
        <span class="loading" aria-busy="true">
          <span class="spinner" aria-hidden="true" /> Loading…
        </span>
      )}
      {graph.order > 0 && (
        <span class="counts">
          {count(graph.order)} entities · {count(graph.size)} relationships
          {hidden > 0 && ` (${count(hidden)} hidden by the filters)`}
        </span>
      )}
      {Object.entries(slice.capped.value).map(([key, c]) => (
        <span key={key} class="capped">
          {nameOf(key)}: showing {count(c.shown)} of {c.estimated ? 'about ' : ''}
          {count(c.total)} {key === '' ? 'factions' : 'neighbours'} ({c.estimated ? '~' : ''}
          {count(c.total - c.shown)} more){' '}
          {key !== '' && (
            <button type="button" class="link" onClick={() => void showMore(key)}>
              Show more
            </button>
          )}
        </span>
      ))}
      {error && (
        <span class="error" role="alert">
          {error}{' '}
          <button type="button" class="link" onClick={() => actions.dismissError()}>
            Dismiss
          </button>
        </span>
      )}
    </div>
  );
}
