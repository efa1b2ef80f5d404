// The explorer's view state and the pure actions that change it (unit-tested without a browser).
import type { EntityLabel, RelationshipType } from '../../../server/contract.ts';
import { sceneReducers } from './scene-reducers.ts';
import { defaultFilters, viewReducers } from './view-reducers.ts';

export { defaultFilters };

/** Neighbours per expansion unless the reader asks otherwise; steps and scenes record any other limit. */
export const DEFAULT_NEIGHBOURS = 100;
/** The API's own cap on one neighbourhood. */
export const MAX_NEIGHBOURS = 1000;
/** The API's own cap on a path's length (PATH_MAX_HOPS on the server; a unit test keeps the two equal). */
export const MAX_PATH_STEPS = 6;

export interface Selection {
  kind: 'node' | 'edge';
  key: string;
}

/** What one expansion left out, so the page can say "n more". */
export interface CapInfo {
  shown: number;
  total: number;
  omittedByType: Partial<Record<EntityLabel, number>>;
  /** The total is the server's estimate (a hub's neighbourhood was sampled): say "about". */
  estimated?: boolean;
}

/** One mode at a time; B's components own 'timeline', 'map' and 'console' (mounted in ui/mode-panel.tsx). */
export const MODES = ['explore', 'network', 'path', 'timeline', 'map', 'console'] as const;
export type Mode = (typeof MODES)[number];

/** A console query as the reader wrote it: the Cypher and the parameters' JSON text. */
export interface ConsoleText {
  query: string;
  params: string;
}

export type SizeBy = 'degree' | 'pagerank';

/**
 * What is shown: entity and relationship types (all by default) and an inclusive range of ISO days. The date slider
 * (B) moves the range with actions.setDateRange(from, to); nothing else writes dateFrom/dateTo.
 */
export interface Filters {
  entityTypes: EntityLabel[];
  relTypes: RelationshipType[];
  dateFrom: string | null;
  dateTo: string | null;
}

/** What the graph was built from; with `steps` it is enough to rebuild the same view from a shared link. */
export type SceneBase =
  { kind: 'entity'; key: string; limit?: number } | { kind: 'network' } | ({ kind: 'path' } & PathQuery);

/** A path search: two ends, and optionally a day the facts must hold on, fewer steps, or only some relationship types. */
export interface PathQuery {
  from: string;
  to: string;
  date: string | null;
  /** At most this many steps; MAX_PATH_STEPS when absent. */
  max?: number;
  /** Only through these relationship types; every type when absent. */
  types?: RelationshipType[];
}

/**
 * An expansion (with the neighbour limit asked for, when not the default, and the relationship types it went through,
 * when not all) or a collapse, in order.
 */
export interface SceneStep {
  op: 'expand' | 'collapse';
  key: string;
  limit?: number;
  /** In the closed list's order, so equal steps encode equal. */
  types?: RelationshipType[];
}

export interface Point {
  x: number;
  y: number;
}

export interface PathInputs {
  from: string | null;
  to: string | null;
  date: string | null;
  max: number | null;
  types: RelationshipType[] | null;
}

export interface FoundPath {
  nodes: string[];
  edges: string[];
}

export interface ViewState {
  mode: Mode;
  /** The entity the view is built around (the scene's entity), if any. */
  focus: string | null;
  scene: SceneBase | null;
  steps: SceneStep[];
  /** Which nodes each load brought: keyed by the expanded node ('' for a network or path base). Collapse reads it. */
  loadedBy: Record<string, string[]>;
  selection: Selection | null;
  hovered: string | null;
  /** Nodes whose neighbourhoods are loaded (whole, or through some types: see expandedTypes), in order. */
  expanded: string[];
  /** Expanded nodes whose expansions so far went through some relationship types only, and which. */
  expandedTypes: Record<string, RelationshipType[]>;
  capped: Record<string, CapInfo>;
  filters: Filters;
  sizeBy: SizeBy;
  /** Neighbours asked for per expansion (Neo4j Browser's "max neighbours"); "Show more" asks for as many again. */
  expandLimit: number;
  /** Colour nodes by Louvain community instead of by type. */
  communities: boolean;
  /** Nodes the reader dragged: they stay where put, layout or not. */
  pinned: Record<string, Point>;
  pathInputs: PathInputs;
  /** The path finder's answer for the current path scene (null before any search). */
  paths: FoundPath[] | null;
  highlightedPath: number | null;
  /** B's timeline: whose history is open (kept in the URL). */
  timelineKey: string | null;
  /** The console's query as last sent: a link made in the console carries it, and reopens it in the editor. */
  consoleQuery: ConsoleText | null;
  /** Requests in flight; the loading indicator shows while this is above zero. */
  pending: number;
  error: string | null;
  /** Bumped when nodes or edges are added or removed, so derived views (legend, counts, metrics) recompute. */
  graphRevision: number;
  /** ForceAtlas2 is moving nodes. */
  layoutRunning: boolean;
  /** A big view's first positions are being computed (its edges wait for them: see graph/large-graph.ts). */
  placingNodes: boolean;
}

export const initialState: ViewState = {
  mode: 'explore',
  focus: null,
  scene: null,
  steps: [],
  loadedBy: {},
  selection: null,
  hovered: null,
  expanded: [],
  expandedTypes: {},
  capped: {},
  filters: defaultFilters,
  sizeBy: 'degree',
  expandLimit: DEFAULT_NEIGHBOURS,
  communities: false,
  pinned: {},
  pathInputs: { from: null, to: null, date: null, max: null, types: null },
  paths: null,
  highlightedPath: null,
  timelineKey: null,
  consoleQuery: null,
  pending: 0,
  error: null,
  graphRevision: 0,
  layoutRunning: false,
  placingNodes: false,
};

/** Every action, as a pure function of the state: store.ts wraps each in a named action. */
export const reducers = { ...sceneReducers, ...viewReducers };
