// Reducers for what the graph holds: scenes, expansions and collapses, pins and found paths.
import type { CapInfo, FoundPath, PathInputs, Point, SceneBase, SceneStep, ViewState } from './view-state.ts';
import { own } from './own.ts';

const union = (a: string[] = [], b: string[]) => [...new Set([...a, ...b])];
const without = <T>(rec: Record<string, T>, keys: Iterable<string>) => {
  const out = { ...rec };
  for (const k of keys) delete out[k];
  return out;
};

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
  expanded: (s: ViewState, key: string, cap: CapInfo | null, nodes: string[] = [], limit?: number): ViewState => {
    const capped = cap ? { ...s.capped, [key]: cap } : without(s.capped, [key]);
    const step: SceneStep = limit === undefined ? { op: 'expand', key } : { op: 'expand', key, limit };
    return {
      ...s,
      expanded: s.expanded.includes(key) ? s.expanded : [...s.expanded, key],
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
