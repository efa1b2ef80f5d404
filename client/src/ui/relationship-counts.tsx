// One entity's relationships by type, in the database and in view, each type expandable on its own (as in Bloom):
// a hub's plain expansion shares its cap across every type, so "all 30 of HTS's enemies" needs one of its own.
import type { EntityDetails, RelationshipType } from '../../../server/contract.ts';
import { expand, graph, isExpanded, showMore } from '../explorer.ts';
import { humanize, relationColor } from '../graph/style.ts';
import { own } from '../state/own.ts';
import { actions, view } from '../state/store.ts';

/** Relationships of each type touching `key` in the view. */
function inViewByType(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (graph.hasNode(key)) graph.forEachEdge(key, (_, a) => counts.set(a.relType, (counts.get(a.relType) ?? 0) + 1));
  return counts;
}

/**
 * Whether expanding `key` through `type` could bring anything: some of that type are not in view, and no expansion
 * through it (or a whole one) already came back complete. A capped one is asked again, for more.
 */
function worthExpanding(key: string, type: RelationshipType, inView: number, total: number): boolean {
  if (inView >= total) return false;
  const asked = isExpanded(key) || (own(view.value.expandedTypes, key)?.includes(type) ?? false);
  return !asked || own(view.value.capped, key) !== undefined;
}

function expandThrough(key: string, type: RelationshipType) {
  const v = view.value;
  // A type hidden by the filters would come in unseen: show it, since the reader asked for it by name.
  if (!v.filters.relTypes.includes(type)) actions.setRelTypes([...v.filters.relTypes, type]);
  const cap = own(v.capped, key);
  if (cap?.types?.length === 1 && cap.types[0] === type) return showMore(key);
  return expand(key, { types: [type] });
}

export function RelationshipCounts({ e }: { e: EntityDetails }) {
  void view.value.graphRevision;
  const inView = inViewByType(e.key);
  const shown = [...inView.values()].reduce((a, b) => a + b, 0);
  const types = (Object.entries(e.relationshipCounts) as [RelationshipType, number][]).sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  );
  return (
    <details class="rel-counts" open>
      <summary class="degree">
        {e.degree} relationships in the database, {shown} shown
      </summary>
      <ul aria-label={`Relationships of ${e.attributes.name} by type`}>
        {types.map(([type, total]) => {
          const here = inView.get(type) ?? 0;
          return (
            <li key={type}>
              <span class="line" style={{ background: relationColor(type) }} aria-hidden="true" />
              <span class="type">{humanize(type)}</span>
              <span class="count">
                {here === total ? total : `${here} of ${total}`}
                <span class="visually-hidden"> shown</span>
              </span>
              {worthExpanding(e.key, type, here, total) && (
                <button
                  type="button"
                  class="link"
                  aria-label={`Expand ${e.attributes.name} through “${humanize(type)}”`}
                  onClick={() => void expandThrough(e.key, type)}
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
