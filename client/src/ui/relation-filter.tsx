// Relationship filters by family (one checkbox per colour of the legend) and, unfolded, by single type.
import type { RelationshipType } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { humanize, RELATION_FAMILIES } from '../graph/style.ts';
import { slice } from '../state/selectors.ts';
import { actions } from '../state/store.ts';
import { count } from './counts.ts';

export function RelationFilter() {
  void slice.graphRevision.value;
  const shown = new Set(slice.filters.value.relTypes);
  const counts = new Map<RelationshipType, number>();
  graph.forEachEdge((_, a) => counts.set(a.relType, (counts.get(a.relType) ?? 0) + 1));
  const setFamily = (types: RelationshipType[], on: boolean) =>
    actions.setRelTypes(on ? [...shown, ...types] : [...shown].filter((t) => !types.includes(t)));
  return (
    <fieldset class="rel-filter">
      <legend class="visually-hidden">Relationship types shown</legend>
      {RELATION_FAMILIES.map((f) => {
        const on = f.types.filter((t) => shown.has(t)).length;
        const n = f.types.reduce((sum, t) => sum + (counts.get(t) ?? 0), 0);
        return (
          <label key={f.name} class={n ? '' : 'absent'}>
            <input
              type="checkbox"
              checked={on === f.types.length}
              ref={(el) => {
                if (el) el.indeterminate = on > 0 && on < f.types.length;
              }}
              onChange={() => setFamily(f.types, on < f.types.length)}
            />
            <span class="line" style={{ background: f.color }} aria-hidden="true" />
            {f.name} <span class="count">{count(n)}</span>
          </label>
        );
      })}
      <details class="rel-types">
        <summary>Each relationship type</summary>
        {RELATION_FAMILIES.flatMap((f) => f.types).map((t) => (
          <label key={t} class={counts.get(t) ? '' : 'absent'}>
            <input type="checkbox" checked={shown.has(t)} onChange={() => actions.toggleRelType(t)} />
            {humanize(t)} <span class="count">{count(counts.get(t) ?? 0)}</span>
          </label>
        ))}
      </details>
    </fieldset>
  );
}
