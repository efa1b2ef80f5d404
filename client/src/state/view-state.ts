// The explorer's view state and the pure actions that change it (unit-tested without a browser).
import type { EntityLabel } from '../../../server/contract.ts';

export interface Selection {
  kind: 'node' | 'edge';
  key: string;
}

/** What one expansion left out, so the page can say "n more". */
export interface CapInfo {
  shown: number;
  total: number;
  omittedByType: Partial<Record<EntityLabel, number>>;
}

export interface ViewState {
  /** The entity chosen from search: the view is built around it. */
  focus: string | null;
  selection: Selection | null;
  hovered: string | null;
  /** Nodes whose neighbourhoods have been loaded, in order. */
  expanded: string[];
  capped: Record<string, CapInfo>;
  /** Requests in flight; the loading indicator shows while this is above zero. */
  pending: number;
  error: string | null;
  /** Bumped when nodes or edges are added or removed, so derived views (legend, counts) recompute. */
  graphRevision: number;
  /** ForceAtlas2 is moving nodes. */
  layoutRunning: boolean;
}

export const initialState: ViewState = {
  focus: null,
  selection: null,
  hovered: null,
  expanded: [],
  capped: {},
  pending: 0,
  error: null,
  graphRevision: 0,
  layoutRunning: false,
};

export const reducers = {
  focus: (s: ViewState, key: string): ViewState => ({
    ...s,
    focus: key,
    selection: { kind: 'node', key },
    expanded: [],
    capped: {},
    error: null,
  }),
  select: (s: ViewState, selection: Selection | null): ViewState => ({ ...s, selection }),
  hover: (s: ViewState, key: string | null): ViewState => (s.hovered === key ? s : { ...s, hovered: key }),
  expanded: (s: ViewState, key: string, cap: CapInfo | null): ViewState => {
    const capped = { ...s.capped };
    if (cap) capped[key] = cap;
    else delete capped[key];
    return { ...s, expanded: s.expanded.includes(key) ? s.expanded : [...s.expanded, key], capped };
  },
  requestStarted: (s: ViewState): ViewState => ({ ...s, pending: s.pending + 1 }),
  requestEnded: (s: ViewState): ViewState => ({ ...s, pending: Math.max(0, s.pending - 1) }),
  failed: (s: ViewState, message: string): ViewState => ({ ...s, error: message }),
  dismissError: (s: ViewState): ViewState => ({ ...s, error: null }),
  graphChanged: (s: ViewState): ViewState => ({ ...s, graphRevision: s.graphRevision + 1 }),
  layoutChanged: (s: ViewState, running: boolean): ViewState =>
    s.layoutRunning === running ? s : { ...s, layoutRunning: running },
};
