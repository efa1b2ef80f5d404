// The one store: a signal holding ViewState, changed only through the named actions below.
import { computed, signal } from '@preact/signals';
import { initialState, reducers, type Selection, type CapInfo, type ViewState } from './view-state.ts';

const state = signal<ViewState>(initialState);

/** Read-only view of the state for components and the renderer. */
export const view = computed(() => state.value);

const apply = (next: ViewState) => {
  state.value = next;
};

export const actions = {
  focus: (key: string) => apply(reducers.focus(state.value, key)),
  select: (selection: Selection | null) => apply(reducers.select(state.value, selection)),
  hover: (key: string | null) => apply(reducers.hover(state.value, key)),
  expanded: (key: string, cap: CapInfo | null) => apply(reducers.expanded(state.value, key, cap)),
  requestStarted: () => apply(reducers.requestStarted(state.value)),
  requestEnded: () => apply(reducers.requestEnded(state.value)),
  failed: (message: string) => apply(reducers.failed(state.value, message)),
  dismissError: () => apply(reducers.dismissError(state.value)),
  graphChanged: () => apply(reducers.graphChanged(state.value)),
  layoutChanged: (running: boolean) => apply(reducers.layoutChanged(state.value, running)),
};
