// The side panel: the selected entity or relationship with every property and its sources.
import { useEffect, useState } from 'preact/hooks';
import type { EntityDetails, RelationshipDetails } from '../../../server/contract.ts';
import { api, ApiError } from '../api/http.ts';
import { expand, graph } from '../explorer.ts';
import { ENTITY_COLORS, humanize } from '../graph/style.ts';
import { actions, view } from '../state/store.ts';
import { Citations } from './citations.tsx';
import { Properties } from './properties.tsx';

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
      if (err.name !== 'AbortError') setError(err instanceof ApiError ? err.message : 'Could not load the details.');
    });
    return () => ctrl.abort();
  }, [selection?.kind, selection?.key]);

  if (!selection)
    return (
      <aside class="details empty" aria-label="Details">
        <p>Click a node or a relationship to see what we know about it and where each fact comes from.</p>
        <p class="hint">Double-click a node (or use “Expand”) to bring in its neighbours. Hover to highlight them.</p>
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

  if (loaded.kind === 'edge') {
    const r = loaded.data;
    return (
      <aside class="details" aria-label="Details">
        <p class="kicker">Relationship</p>
        <h2>
          {r.source.name} <span class="verb">{humanize(r.relType)}</span> {r.target.name}
        </h2>
        <Properties attributes={r.attributes} />
        <Citations
          citations={r.citations}
          disputed={r.disputed}
          disputedFields={r.disputedFields}
          disputeNote={r.disputeNote}
        />
      </aside>
    );
  }

  const e = loaded.data;
  const inView = graph.hasNode(e.key) ? graph.degree(e.key) : 0;
  return (
    <aside class="details" aria-label="Details">
      <p class="kicker">
        <span class="dot" style={{ background: ENTITY_COLORS[e.entityType] }} aria-hidden="true" />
        {e.entityType}
        {e.attributes.kind ? ` · ${e.attributes.kind}` : ''}
      </p>
      <h2>{e.attributes.name}</h2>
      {typeof e.attributes.description === 'string' && <p class="description">{e.attributes.description}</p>}
      <p class="degree">
        {e.degree} relationships in the database, {inView} shown.{' '}
        {e.degree > inView && (
          <button type="button" onClick={() => void expand(e.key)}>
            Expand
          </button>
        )}
        <button type="button" class="link" onClick={() => actions.select(null)}>
          Close
        </button>
      </p>
      <Properties attributes={e.attributes} />
      <Citations
        citations={e.citations}
        disputed={e.disputed}
        disputedFields={e.disputedFields}
        disputeNote={e.disputeNote}
      />
    </aside>
  );
}
