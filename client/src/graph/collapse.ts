// Which nodes collapsing an expansion removes: those it alone brought, that nothing else in view still holds (pure).
import type { ViewState } from '../state/view-state.ts';
import type { ExplorerGraph } from './graph-model.ts';
import { hasOwn, own } from '../state/own.ts';

type Bookkeeping = Pick<ViewState, 'focus' | 'expanded' | 'pinned' | 'loadedBy'>;

/**
 * A node goes when it came only with `key`'s expansion, is not the focus, not expanded itself, not pinned, and has no
 * neighbour that stays other than `key` (staying spreads: a node tied to a staying node stays too).
 */
export function nodesToCollapse(graph: ExplorerGraph, key: string, s: Bookkeeping): string[] {
  const elsewhere = new Set<string>();
  for (const [source, nodes] of Object.entries(s.loadedBy)) if (source !== key) for (const n of nodes) elsewhere.add(n);
  const removing = new Set(
    (own(s.loadedBy, key) ?? []).filter(
      (n) =>
        n !== key &&
        n !== s.focus &&
        graph.hasNode(n) &&
        !elsewhere.has(n) &&
        !s.expanded.includes(n) &&
        !hasOwn(s.pinned, n),
    ),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of removing) {
      if (graph.someNeighbor(n, (m) => m !== key && !removing.has(m))) {
        removing.delete(n);
        changed = true;
      }
    }
  }
  return [...removing];
}
