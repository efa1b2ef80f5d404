// Reducers for what the graph holds: scenes, expansions and collapses, pins and found paths.
import type { RelationshipType } from '../../../server/contract.ts';
import type { CapInfo, FoundPath, PathInputs, Point, SceneBase, SceneStep, ViewState } from './view-state.ts';
import { own } from './own.ts';
import { ALL_REL_TYPES, inClosedOrder } from './vocabulary.ts';

const union = <T>(a: T[] = [], b: readonly T[]) => [...new Set([...a, ...b])];
const without = <T>(rec: Record<string, T>, keys: Iterable<string>) => {
  const out = { ...rec };
  for (const k of keys) delete out[k];
  return out;
};

/** What an expansion asked for beyond the default: a neighbour limit, and relationship types to go through. */
export interface ExpansionAsked {
  limit?: number;
  types?: readonly RelationshipType[];
}

export const sceneReducers = {
  /** A fresh scene: the view now holds exactly what this base loaded. */
  sceneLoaded: (s: ViewState, base: SceneBase, nodes: string[], cap: CapInfo | null): ViewState => {
    const entity = base.kind === 'entity' ? base.key : null;
    return {
      ...s,
      scene: base,
      focus: entity,
      steps: [],
      loadedBy: { [entity ?? '']: nodes },
      expanded: entity ? [entity] : [],
      expandedTypes: {},
      capped: cap ? { [entity ?? '']: cap } : {},
      selection: entity ? { kind: 'node', key: entity } : null,
      pinned: {},
      pathInputs:
        base.kind === 'path'
          ? { from: base.from, to: base.to, date: base.date, max: base.max ?? null, types: base.types ?? null }
          : s.pathInputs,
      paths: null,
      highlightedPath: null,
      error: null,
    };
  },
  /**
   * An expansion through `types` only leaves the node open to a whole one, and leaves its cap alone: the details'
   * list of types says how many of each are in view, and asks for more of one (ui/relationship-counts.tsx).
   */
  expanded: (
    s: ViewState,
    key: string,
    cap: CapInfo | null,
    nodes: string[] = [],
    ask: ExpansionAsked = {},
  ): ViewState => {
    const types = ask.types && inClosedOrder(ask.types, ALL_REL_TYPES);
    const whole = s.expanded.includes(key) && !own(s.expandedTypes, key);
    const capped = types ? s.capped : cap ? { ...s.capped, [key]: cap } : without(s.capped, [key]);
    const step: SceneStep = {
      op: 'expand',
      key,
      ...(ask.limit === undefined ? {} : { limit: ask.limit }),
      ...(types ? { types } : {}),
    };
    const expandedTypes =
      types && !whole
        ? { ...s.expandedTypes, [key]: inClosedOrder(union(own(s.expandedTypes, key), types), ALL_REL_TYPES) }
        : without(s.expandedTypes, [key]);
    return {
      ...s,
      expanded: s.expanded.includes(key) ? s.expanded : [...s.expanded, key],
      expandedTypes,
      capped,
      loadedBy: { ...s.loadedBy, [key]: union(own(s.loadedBy, key), nodes) },
      steps: [...s.steps, step],
    };
  },
  /** `removed` are the nodes the collapse took out of the graph (see graph/collapse.ts). */
  collapsed: (s: ViewState, key: string, removed: string[]): ViewState => {
    const gone = new Set(removed);
    // fromEntries, not assignment: a key "__proto__" stays a key.
    const loadedBy: Record<string, string[]> = Object.fromEntries(
      Object.entries(s.loadedBy)
        .filter(([k]) => k !== key)
        .map(([k, v]) => [k, v.filter((n) => !gone.has(n))]),
    );
    const selectionGone = s.selection?.kind === 'node' && gone.has(s.selection.key);
    return {
      ...s,
      expanded: s.expanded.filter((k) => k !== key),
      expandedTypes: without(s.expandedTypes, [key]),
      capped: without(s.capped, [key]),
      loadedBy,
      pinned: without(s.pinned, removed),
      selection: selectionGone ? null : s.selection,
      hovered: s.hovered && gone.has(s.hovered) ? null : s.hovered,
      steps: [...s.steps, { op: 'collapse', key }],
    };
  },
  pin: (s: ViewState, key: string, at: Point): ViewState => ({ ...s, pinned: { ...s.pinned, [key]: at } }),
  unpin: (s: ViewState, key: string): ViewState => ({ ...s, pinned: without(s.pinned, [key]) }),
  setPathInputs: (s: ViewState, patch: Partial<PathInputs>): ViewState => ({
    ...s,
    pathInputs: { ...s.pathInputs, ...patch },
  }),
  pathsFound: (s: ViewState, paths: FoundPath[]): ViewState => ({ ...s, paths, highlightedPath: null }),
  highlightPath: (s: ViewState, index: number | null): ViewState =>
    s.highlightedPath === index ? s : { ...s, highlightedPath: index },
};
