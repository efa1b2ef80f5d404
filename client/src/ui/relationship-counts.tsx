// One entity's relationships by type, in the database and in view, each type expandable on its own (as in Bloom):
// a hub's plain expansion shares its cap across every type, so "all 30 of HTS's enemies" needs one of its own.
import type { EntityDetails, RelationshipType } from '../../../server/contract.ts';
import { expandThroughType } from '../explorer.ts';
import { moreThrough, type TypeInView } from '../graph/types-in-view.ts';
import { humanize, relationColor } from '../graph/style.ts';
import { count as fmt } from './counts.ts';

export function RelationshipCounts({ e, inView }: { e: EntityDetails; inView: Map<string, TypeInView> }) {
  const shown = [...inView.values()].reduce((a, b) => a + b.relationships, 0);
  const types = (Object.entries(e.relationshipCounts) as [RelationshipType, number][]).sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  );
  return (
    <details class="rel-counts" open>
      <summary>
        {fmt(e.degree)} relationships in the database, {fmt(shown)} shown
      </summary>
      <ul aria-label={`Relationships of ${e.attributes.name} by type`}>
        {types.map(([type, total]) => {
          const here = inView.get(type);
          const count = here?.relationships ?? 0;
          const more = moreThrough(e.relationshipCounts, inView, [type]);
          return (
            <li key={type}>
              <span class="line" style={{ background: relationColor(type) }} aria-hidden="true" />
              <span class="type">{humanize(type)}</span>
              <span class="count">
                {count === total ? fmt(total) : `${fmt(count)} of ${fmt(total)}`}
                <span class="visually-hidden"> shown</span>
              </span>
              {more && (
                <button
                  type="button"
                  class="link"
                  aria-label={`Expand ${e.attributes.name} through “${humanize(type)}”`}
                  onClick={() => void expandThroughType(e.key, type)}
                >
                  Expand
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
