// One entity's relationships by type, in the database and in view, each type expandable on its own (as in Bloom):
// a hub's plain expansion shares its cap across every type, so "all 30 of HTS's enemies" needs one of its own.
import { useMemo } from 'preact/hooks';
import type { EntityDetails, RelationshipType } from '../../../server/contract.ts';
import { expand, graph } from '../explorer.ts';
import { humanize, relationColor } from '../graph/style.ts';
import { slice } from '../state/selectors.ts';
import { actions, view } from '../state/store.ts';
import { MAX_NEIGHBOURS } from '../state/view-state.ts';

/** A hub's counts run to tens of thousands: "22,798", not "22798". */
const fmt = (n: number) => n.toLocaleString('en');

interface TypeInView {
  relationships: number;
  neighbours: Set<string>;
}

/** Relationships of each type touching `key` in the view, and the neighbours they reach. */
function inViewByType(key: string): Map<string, TypeInView> {
  const out = new Map<string, TypeInView>();
  if (!graph.hasNode(key)) return out;
  graph.forEachEdge(key, (_, a, source, target) => {
    const t = out.get(a.relType) ?? { relationships: 0, neighbours: new Set<string>() };
    t.relationships++;
    t.neighbours.add(source === key ? target : source);
    out.set(a.relType, t);
  });
  return out;
}

/**
 * How many neighbours to ask for through `type`: those already in view and as many again as the reader's setting,
 * so each click brings more (the server ranks them the same way every time); null when the API's cap is reached.
 */
function askFor(here: TypeInView | undefined): number | null {
  const have = here?.neighbours.size ?? 0;
  return have >= MAX_NEIGHBOURS ? null : Math.min(MAX_NEIGHBOURS, have + slice.expandLimit.value);
}

function expandThrough(key: string, type: RelationshipType, limit: number) {
  const v = view.value;
  // A type hidden by the filters would come in unseen: show it, since the reader asked for it by name.
  if (!v.filters.relTypes.includes(type)) actions.setRelTypes([...v.filters.relTypes, type]);
  return expand(key, { limit, types: [type] });
}

export function RelationshipCounts({ e }: { e: EntityDetails }) {
  // The details re-render on every hover: walk a hub's edges only when the graph has changed.
  const revision = slice.graphRevision.value;
  const inView = useMemo(() => inViewByType(e.key), [e.key, revision]);
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
          const limit = count < total ? askFor(here) : null;
          return (
            <li key={type}>
              <span class="line" style={{ background: relationColor(type) }} aria-hidden="true" />
              <span class="type">{humanize(type)}</span>
              <span class="count">
                {count === total ? fmt(total) : `${fmt(count)} of ${fmt(total)}`}
                <span class="visually-hidden"> shown</span>
              </span>
              {limit !== null && (
                <button
                  type="button"
                  class="link"
                  aria-label={`Expand ${e.attributes.name} through “${humanize(type)}”`}
                  onClick={() => void expandThrough(e.key, type, limit)}
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
