// Reducers for how the graph is looked at: mode, selection, hover, filters, sizing, and request bookkeeping.
import type { EntityLabel, RelationshipType } from '../../../server/contract.ts';
import type { UrlView } from './url-state.ts';
import type { ConsoleText, Filters, Mode, Selection, SizeBy, ViewState } from './view-state.ts';
import { ALL_ENTITY_TYPES, ALL_REL_TYPES, inClosedOrder } from './vocabulary.ts';

const toggle = <T extends string>(list: T[], item: T, order: readonly T[]) =>
  inClosedOrder(list.includes(item) ? list.filter((x) => x !== item) : [...list, item], order);

/** Everything shown, any date. */
export const defaultFilters: Filters = {
  entityTypes: [...ALL_ENTITY_TYPES],
  relTypes: [...ALL_REL_TYPES],
  dateFrom: null,
  dateTo: null,
};

export const viewReducers = {
  setMode: (s: ViewState, mode: Mode): ViewState => (s.mode === mode ? s : { ...s, mode }),
  select: (s: ViewState, selection: Selection | null): ViewState => ({ ...s, selection }),
  hover: (s: ViewState, key: string | null): ViewState => (s.hovered === key ? s : { ...s, hovered: key }),
  toggleEntityType: (s: ViewState, t: EntityLabel): ViewState => ({
    ...s,
    filters: { ...s.filters, entityTypes: toggle(s.filters.entityTypes, t, ALL_ENTITY_TYPES) },
  }),
  toggleRelType: (s: ViewState, t: RelationshipType): ViewState => ({
    ...s,
    filters: { ...s.filters, relTypes: toggle(s.filters.relTypes, t, ALL_REL_TYPES) },
  }),
  /** Shows only these relationship types (a whole legend family at once). */
  setRelTypes: (s: ViewState, types: RelationshipType[]): ViewState => ({
    ...s,
    filters: { ...s.filters, relTypes: inClosedOrder(types, ALL_REL_TYPES) },
  }),
  /** B's date slider calls this (actions.setDateRange) to move the end of the range day by day. */
  setDateRange: (s: ViewState, dateFrom: string | null, dateTo: string | null): ViewState => {
    const [from, to] = dateFrom && dateTo && dateFrom > dateTo ? [dateTo, dateFrom] : [dateFrom, dateTo];
    return { ...s, filters: { ...s.filters, dateFrom: from, dateTo: to } };
  },
  resetFilters: (s: ViewState): ViewState => ({ ...s, filters: defaultFilters }),
  setSizeBy: (s: ViewState, sizeBy: SizeBy): ViewState => ({ ...s, sizeBy }),
  setExpandLimit: (s: ViewState, expandLimit: number): ViewState => ({ ...s, expandLimit }),
  setCommunities: (s: ViewState, on: boolean): ViewState => ({ ...s, communities: on }),
  setTimelineKey: (s: ViewState, key: string | null): ViewState => ({ ...s, timelineKey: key }),
  consoleQuerySent: (s: ViewState, q: ConsoleText): ViewState => ({ ...s, consoleQuery: q }),
  /** A shared link's settings; its scene is replayed separately (scene/restore.ts). */
  applyUrlSettings: (s: ViewState, v: UrlView): ViewState => ({
    ...s,
    mode: v.mode,
    filters: v.filters,
    sizeBy: v.sizeBy,
    expandLimit: v.expandLimit,
    communities: v.communities,
    timelineKey: v.timelineKey,
    consoleQuery: v.consoleQuery,
  }),
  requestStarted: (s: ViewState): ViewState => ({ ...s, pending: s.pending + 1 }),
  requestEnded: (s: ViewState): ViewState => ({ ...s, pending: Math.max(0, s.pending - 1) }),
  failed: (s: ViewState, message: string): ViewState => ({ ...s, error: message }),
  dismissError: (s: ViewState): ViewState => ({ ...s, error: null }),
  graphChanged: (s: ViewState): ViewState => ({ ...s, graphRevision: s.graphRevision + 1 }),
  layoutChanged: (s: ViewState, running: boolean, placing = false): ViewState =>
    s.layoutRunning === running && s.placingNodes === (running && placing)
      ? s
      : { ...s, layoutRunning: running, placingNodes: running && placing },
};
