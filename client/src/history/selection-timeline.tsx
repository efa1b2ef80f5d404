// Under the details of a selected person or group: the start of their history and a way into the full timeline.
import type { EntityLabel } from '../../../server/contract.ts';
import { switchMode } from '../explorer.ts';
import { actions } from '../state/store.ts';
import { historyApi } from './history-api.ts';
import { TimelineList } from './timeline-list.tsx';
import { useRequest } from './use-request.ts';

const PREVIEW = 5;

export function SelectionTimeline({ entityKey, entityType }: { entityKey: string; entityType: EntityLabel }) {
  const req = useRequest(
    entityType === 'Person' || entityType === 'Faction' ? (s) => historyApi.timeline(entityKey, s) : null,
    [entityKey, entityType],
    'Could not load the timeline.',
  );
  if (req.error) return <p class="error">{req.error}</p>;
  if (!req.data) return req.slow ? <p class="loading">Loading the timeline…</p> : null;
  const { items, undated, entity } = req.data;
  if (items.length === 0) return null;
  const open = () => {
    actions.setTimelineKey(entityKey);
    switchMode('timeline');
  };
  return (
    <section class="selection-timeline" aria-label={`Timeline of ${entity.name}`}>
      <h3 class="sub">Timeline</h3>
      <TimelineList items={items.slice(0, PREVIEW)} label={`Start of ${entity.name}’s history`} />
      <button type="button" onClick={open}>
        Open the full timeline ({items.length + undated.length} facts)
      </button>
    </section>
  );
}
