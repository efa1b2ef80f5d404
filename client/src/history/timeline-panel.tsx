// The Timeline mode: whose history (search or the entity in view), the story in date order, a group's lineage, the date slider.
import { useState } from 'preact/hooks';
import type { SearchHit, TimelineResponse } from '../../../server/contract.ts';
import { exploreEntity, graph } from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import { SearchBox } from '../ui/search-box.tsx';
import { TimeBar } from '../time/time-bar.tsx';
import { formatDate } from './date-format.ts';
import { historyApi } from './history-api.ts';
import { LineageView } from './lineage-view.tsx';
import { TimelineList } from './timeline-list.tsx';
import { placeTrail } from './timeline-shape.ts';
import { useRequest } from './use-request.ts';
import './timeline.css';

function Trail({ data }: { data: TimelineResponse }) {
  const trail = placeTrail(data.items);
  if (data.entity.entityType === 'Place' || trail.length === 0) return null;
  const last = trail.at(-1)!;
  const when = last.when.date ?? last.when.start;
  return (
    <p class="trail">
      <span class="trail-label">Places in order:</span> {trail.map((s) => s.place.name).join(' → ')}.{' '}
      <span class="trail-last">
        Last recorded: <strong>{last.place.name}</strong>
        {when ? ` (${formatDate(when)}${last.when.disputed ? ', disputed' : ''})` : ''}.
      </span>
    </p>
  );
}

export function TimelineBody({ data }: { data: TimelineResponse }) {
  const [tab, setTab] = useState<'history' | 'lineage'>('history');
  const isGroup = data.entity.entityType === 'Faction';
  const name = data.entity.name;
  void view.value.graphRevision; // re-render when the graph changes: the "show on the graph" offer depends on it
  return (
    <>
      <h2 class="tl-title">{name}</h2>
      {!graph.hasNode(data.entity.key) && (
        <button type="button" onClick={() => void exploreEntity(data.entity.key)}>
          Show {name} on the graph
        </button>
      )}
      {isGroup && (
        <div class="subtabs" role="group" aria-label="View">
          <button type="button" aria-pressed={tab === 'history'} onClick={() => setTab('history')}>
            History
          </button>
          <button type="button" aria-pressed={tab === 'lineage'} onClick={() => setTab('lineage')}>
            Lineage
          </button>
        </div>
      )}
      {tab === 'lineage' && isGroup ? (
        <LineageView entityKey={data.entity.key} />
      ) : (
        <>
          <Trail data={data} />
          {data.items.length === 0 && data.undated.length === 0 && (
            <p class="empty-note">Nothing dated is recorded for {name}. Try a person, a group, a place or an event.</p>
          )}
          <TimelineList items={data.items} label={`History of ${name}, in date order`} />
          {data.undated.length > 0 && (
            <details class="undated" open>
              <summary>Not dated in the sources ({data.undated.length})</summary>
              <TimelineList items={data.undated} label={`Undated facts about ${name}`} />
            </details>
          )}
          {data.truncated && <p class="hint">Only the first few hundred facts are listed.</p>}
        </>
      )}
    </>
  );
}

/** The entity whose history is shown: the one chosen here, else the one the graph is built around. */
export function timelineSubject(): string | null {
  const v = view.value;
  return v.timelineKey ?? v.focus;
}

export function TimelinePanel() {
  const key = timelineSubject();
  const req = useRequest((s) => historyApi.timeline(key!, s), [key], 'Could not load the timeline.');
  const load = key ? req : null;

  return (
    <section class="panel timeline-panel" aria-label="Timeline" aria-busy={Boolean(load?.pending)}>
      <SearchBox
        id="timeline-search"
        label="Whose history? Search a person, group, place or event"
        placeholder="Whose history? e.g. Jolani, HTS, Assad"
        onChoose={(hit: SearchHit) => {
          actions.setTimelineKey(hit.key);
          // Beside an empty stage, choosing someone brings their neighbourhood in: the story and the graph together.
          if (graph.order === 0) void exploreEntity(hit.key);
        }}
      />
      <TimeBar />
      {!key && (
        <p class="empty-note">
          Choose a person or a group above to read their history in date order: al-Jolani from the Islamic State of Iraq
          to Damascus, Bashar al-Assad to Moscow, HTS and the groups it came from.
        </p>
      )}
      {load?.error && <p class="error">{load.error}</p>}
      {load?.slow && <p class="loading">Loading the timeline…</p>}
      {load?.data && <TimelineBody data={load.data} />}
    </section>
  );
}
