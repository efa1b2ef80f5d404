// One entity's or one relationship's details: what it is, its properties, its sources and disputes.
import { useMemo } from 'preact/hooks';
import type { EntityDetails, RelationshipDetails } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { inViewByType } from '../graph/types-in-view.ts';
import { ENTITY_COLORS, humanize } from '../graph/style.ts';
import { slice } from '../state/selectors.ts';
import { actions } from '../state/store.ts';
import { Citations } from './citations.tsx';
import { SelectionTimeline } from './mode-mounts.tsx';
import { NodeActions } from './node-actions.tsx';
import { Properties } from './properties.tsx';
import { RelationshipCounts } from './relationship-counts.tsx';

function EntityLink({ end }: { end: RelationshipDetails['source'] }) {
  return (
    <button type="button" class="link entity-link" onClick={() => actions.select({ kind: 'node', key: end.key })}>
      <span class="dot" style={{ background: ENTITY_COLORS[end.entityType] }} aria-hidden="true" />
      {end.name}
    </button>
  );
}

export function EdgeDetails({ r }: { r: RelationshipDetails }) {
  return (
    <>
      <p class="kicker">Relationship · {r.relType}</p>
      <h2>
        <EntityLink end={r.source} /> <span class="verb">{humanize(r.relType)}</span> <EntityLink end={r.target} />
      </h2>
      <CloseButton />
      <Properties attributes={r.attributes} disputed={r.disputedFields} />
      <Citations
        citations={r.citations}
        disputed={r.disputed}
        disputedFields={r.disputedFields}
        disputeNote={r.disputeNote}
        recorded={r.attributes}
      />
    </>
  );
}

function CloseButton() {
  return (
    <button type="button" class="link close" onClick={() => actions.select(null)} aria-label="Close the details">
      Close
    </button>
  );
}

export function EntityDetailsView({ e }: { e: EntityDetails }) {
  // The details re-render on every hover: walk a hub's edges only when the graph has changed.
  const revision = slice.graphRevision.value;
  const inView = useMemo(() => inViewByType(graph, e.key), [e.key, revision]);
  return (
    <>
      <p class="kicker">
        <span class="dot" style={{ background: ENTITY_COLORS[e.entityType] }} aria-hidden="true" />
        {e.entityType}
        {e.attributes.kind ? ` · ${e.attributes.kind}` : ''}
      </p>
      <h2>{e.attributes.name}</h2>
      <CloseButton />
      {typeof e.attributes.description === 'string' && <p class="description">{e.attributes.description}</p>}
      <NodeActions e={e} inView={inView} />
      <RelationshipCounts e={e} inView={inView} />
      <Properties attributes={e.attributes} disputed={e.disputedFields} />
      {(e.entityType === 'Person' || e.entityType === 'Faction') && (
        <SelectionTimeline entityKey={e.key} entityType={e.entityType} />
      )}
      <Citations
        citations={e.citations}
        disputed={e.disputed}
        disputedFields={e.disputedFields}
        disputeNote={e.disputeNote}
        recorded={e.attributes}
      />
    </>
  );
}
