// The selected entity or relationship with every property and its sources, loaded from the API.
import { useEffect, useState } from 'preact/hooks';
import type { EntityDetails, RelationshipDetails } from '../../../server/contract.ts';
import { api, ApiError } from '../api/http.ts';
import { view } from '../state/store.ts';
import { EdgeDetails, EntityDetailsView } from './fact-details.tsx';

type Loaded = { kind: 'node'; data: EntityDetails } | { kind: 'edge'; data: RelationshipDetails };

export function DetailsPanel() {
  const selection = view.value.selection;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setLoaded(null);
    setError(null);
    if (!selection) return;
    const ctrl = new AbortController();
    const req =
      selection.kind === 'node'
        ? api.entity(selection.key, ctrl.signal).then((data) => setLoaded({ kind: 'node', data }))
        : api.relationship(selection.key, ctrl.signal).then((data) => setLoaded({ kind: 'edge', data }));
    req.catch((err: Error) => {
      if (err.name !== 'AbortError')
        setError(err instanceof ApiError ? err.message : 'Could not load the details; try selecting it again.');
    });
    return () => ctrl.abort();
  }, [selection?.kind, selection?.key]);

  if (!selection)
    return (
      <aside class="details empty" aria-label="Details">
        <p>Click a node or a relationship to see what we know about it and where each fact comes from.</p>
        <p class="hint">
          Double-click a node (or use “Expand”) to bring in its neighbours; drag it to pin it. Hover to highlight its
          neighbours. Keyboard: pick from “Nodes in view” below; Escape clears the selection.
        </p>
      </aside>
    );
  if (error)
    return (
      <aside class="details" aria-label="Details">
        <p class="error">{error}</p>
      </aside>
    );
  if (!loaded)
    return (
      <aside class="details" aria-label="Details" aria-busy="true">
        <p class="loading">Loading details…</p>
      </aside>
    );
  return (
    <aside class="details" aria-label="Details">
      {loaded.kind === 'edge' ? <EdgeDetails r={loaded.data} /> : <EntityDetailsView e={loaded.data} />}
    </aside>
  );
}
