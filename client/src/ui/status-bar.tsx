// Loading, errors and capped expansions, said in words a reader can act on.
import { useEffect, useState } from 'preact/hooks';
import { graph } from '../explorer.ts';
import { actions, view } from '../state/store.ts';

/** Anything quicker than this does not deserve a spinner. */
const LOADING_DELAY_MS = 200;

export function StatusBar() {
  const v = view.value;
  const [showLoading, setShowLoading] = useState(false);
  useEffect(() => {
    if (v.pending === 0) {
      setShowLoading(false);
      return;
    }
    const t = setTimeout(() => setShowLoading(true), LOADING_DELAY_MS);
    return () => clearTimeout(t);
  }, [v.pending > 0]);

  const capped = Object.entries(v.capped);
  return (
    <div class="status" role="status" aria-live="polite">
      {showLoading && <span class="loading">Loading…</span>}
      {v.focus && (
        <span class="counts">
          {graph.order} entities · {graph.size} relationships
        </span>
      )}
      {capped.map(([key, c]) => (
        <span key={key} class="capped">
          {graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key}: showing {c.shown} of {c.total} neighbours (
          {c.total - c.shown} more)
        </span>
      ))}
      {v.error && (
        <span class="error" role="alert">
          {v.error}{' '}
          <button type="button" class="link" onClick={() => actions.dismissError()}>
            Dismiss
          </button>
        </span>
      )}
    </div>
  );
}
