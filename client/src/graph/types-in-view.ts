// How much of a node's neighbourhood the view holds, type by type, and what an expansion through some types would ask
// for next (pure: the details' per-type list and the Expand button read it, scene/expand-through.ts acts on it).
import type { ExplorerGraph } from './graph-model.ts';
import type { RelationshipType } from '../../../server/contract.ts';
import type { Filters } from '../state/view-state.ts';
import { MAX_NEIGHBOURS } from '../state/view-state.ts';
import { ALL_REL_TYPES } from '../state/vocabulary.ts';

export interface TypeInView {
  relationships: number;
  neighbours: Set<string>;
}

/** Relationships of each type touching `key` in the view, and the neighbours they reach. */
export function inViewByType(graph: ExplorerGraph, key: string): Map<string, TypeInView> {
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

/** The types an Expand goes through: those the filters show, or undefined (every type) when none is hidden. */
export const shownTypes = (f: Filters): RelationshipType[] | undefined =>
  f.relTypes.length === ALL_REL_TYPES.length ? undefined : f.relTypes;

/**
 * How many neighbours to ask for through some types: those already in view and as many again as the reader's setting,
 * so each click brings more (the server ranks them the same way every time); null when the API's cap is reached.
 */
export function nextAsk(
  inView: Map<string, TypeInView>,
  types: readonly RelationshipType[],
  perClick: number,
): number | null {
  const have = neighboursThrough(inView, types);
  return have >= MAX_NEIGHBOURS ? null : Math.min(MAX_NEIGHBOURS, have + perClick);
}

/** The distinct neighbours in view reached through any of `types` (one reached through two counts once). */
function neighboursThrough(inView: Map<string, TypeInView>, types: readonly RelationshipType[]): number {
  const have = new Set<string>();
  for (const t of types) for (const n of inView.get(t)?.neighbours ?? []) have.add(n);
  return have.size;
}

/**
 * Whether an Expand through `types` could bring anything: the database holds more of them at the node than the view
 * does, and the API's cap is not reached.
 */
export function moreThrough(
  counts: Partial<Record<RelationshipType, number>>,
  inView: Map<string, TypeInView>,
  types: readonly RelationshipType[],
): boolean {
  return (
    types.some((t) => (counts[t] ?? 0) > (inView.get(t)?.relationships ?? 0)) &&
    neighboursThrough(inView, types) < MAX_NEIGHBOURS
  );
}
