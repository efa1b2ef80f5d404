// Every node in view as a list of buttons: the keyboard's way into the graph (select, then expand from the details).
import { useMemo, useState } from 'preact/hooks';
import type { EntityLabel } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { ENTITY_COLORS } from '../graph/style.ts';
import { isNodeVisible } from '../graph/visibility.ts';
import { slice } from '../state/selectors.ts';
import { actions } from '../state/store.ts';
import { useAfterPaint } from './use-after-paint.ts';
import { normalizeName } from '../../../seed/model/normalize-name.ts';

/** Long lists are cut: the filter box finds the rest. */
const SHOWN = 300;

const collate = new Intl.Collator().compare;

type Row = { key: string; name: string; type: EntityLabel };

/** Sorted once per graph, filters and search text (not per selection or hover): on a big view this is the cost. */
function rowsInView(filters: typeof slice.filters.value, q: string): Row[] {
  const rows: Row[] = [];
  graph.forEachNode((key, a) => {
    if (isNodeVisible(a, filters) && (!q || normalizeName(a.name).includes(q)))
      rows.push({ key, name: a.name, type: a.entityType });
  });
  return rows.sort((a, b) => collate(a.type, b.type) || collate(a.name, b.name));
}

export function NodesInView() {
  // A new graph is listed once it is on screen: these rows are most of the page's DOM, and sorting 10,000 names
  // is not what the reader waits for first.
  const current = slice.graphRevision.value;
  const revision = useAfterPaint(current);
  const filters = slice.filters.value;
  const selection = slice.selection.value;
  const [text, setText] = useState('');
  const q = normalizeName(text);
  const rows = useMemo(() => rowsInView(filters, q), [revision, filters, q]);
  if (!graph.order) return null;
  const selected = selection?.kind === 'node' ? selection.key : null;
  return (
    <details class="panel nodes-in-view" open={!selection}>
      <summary>Nodes in view ({revision === current ? rows.length : '…'})</summary>
      <input
        type="search"
        aria-label="Find a node in view"
        placeholder="Find in view…"
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <ul aria-label="Nodes in view">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={r.key}>
            <button
              type="button"
              class={r.key === selected ? 'node-row selected' : 'node-row'}
              aria-current={r.key === selected ? 'true' : undefined}
              onClick={() => actions.select({ kind: 'node', key: r.key })}
              onFocus={() => actions.hover(r.key)}
              onBlur={() => actions.hover(null)}
            >
              <span class="dot" style={{ background: ENTITY_COLORS[r.type] }} aria-hidden="true" />
              {r.name}
              <span class="visually-hidden"> ({r.type})</span>
            </button>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && <p class="hint">{rows.length - SHOWN} more: type to narrow the list.</p>}
    </details>
  );
}
