// The legend doubles as the filters (as in Gephi Lite): every colour with its count, a checkbox to show or hide it.
import { signal } from '@preact/signals';
import type { EntityLabel } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { ENTITY_COLORS, ENTITY_DESCRIPTIONS } from '../graph/style.ts';
import { slice } from '../state/selectors.ts';
import { actions } from '../state/store.ts';
import { ALL_ENTITY_TYPES, ALL_REL_TYPES } from '../state/vocabulary.ts';
import { CommunityLegend } from './community-legend.tsx';
import { count } from './counts.ts';
import { DateFilter } from './date-filter.tsx';
import { MarkLegend } from './mark-legend.tsx';
import { RelationFilter } from './relation-filter.tsx';

/** Whether the legend is unfolded: the graph's canvas starts beside it, so nothing is drawn under it (folded at first
 * on narrow screens, where it would cover the graph). */
export const legendOpen = signal(typeof window === 'undefined' || window.innerWidth > 900);

export function Legend() {
  void slice.graphRevision.value;
  const filters = slice.filters.value;
  const counts = new Map<EntityLabel, number>();
  graph.forEachNode((_, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  const filtered =
    filters.entityTypes.length < ALL_ENTITY_TYPES.length ||
    filters.relTypes.length < ALL_REL_TYPES.length ||
    filters.dateFrom !== null ||
    filters.dateTo !== null;
  return (
    <section class={legendOpen.value ? 'legend' : 'legend folded'} aria-label="Legend">
      <h2>
        <button
          type="button"
          class="fold"
          aria-expanded={legendOpen.value}
          onClick={() => (legendOpen.value = !legendOpen.value)}
        >
          Legend · filters
        </button>
      </h2>
      <div class="legend-body" hidden={!legendOpen.value}>
        <CommunityLegend />
        <fieldset class="type-filter">
          <legend class="visually-hidden">Entity types shown</legend>
          {ALL_ENTITY_TYPES.map((t) => (
            <label key={t} title={ENTITY_DESCRIPTIONS[t]} class={counts.get(t) ? '' : 'absent'}>
              <input
                type="checkbox"
                checked={filters.entityTypes.includes(t)}
                onChange={() => actions.toggleEntityType(t)}
              />
              <span class="dot" style={{ background: ENTITY_COLORS[t] }} aria-hidden="true" />
              {t} <span class="count">{count(counts.get(t) ?? 0)}</span>
            </label>
          ))}
        </fieldset>
        <MarkLegend />
        <RelationFilter />
        <DateFilter />
        {filtered && (
          <button type="button" class="link" onClick={() => actions.resetFilters()}>
            Show everything
          </button>
        )}
      </div>
    </section>
  );
}
