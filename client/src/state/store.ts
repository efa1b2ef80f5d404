// The one store: a signal holding ViewState, changed only through the named actions below.
import { computed, signal } from '@preact/signals';
import { initialState, reducers, type ViewState } from './view-state.ts';

const state = signal<ViewState>(initialState);

/** Read-only view of the state for components and the renderer. */
export const view = computed(() => state.value);

type Reducers = typeof reducers;
type Action<R> = R extends (s: ViewState, ...args: infer A) => ViewState ? (...args: A) => void : never;

/**
 * One named action per reducer (actions.select, actions.expanded, actions.setDateRange…), so every change of state
 * goes through a pure, tested function.
 */
export const actions = Object.fromEntries(
  Object.entries(reducers).map(([name, reducer]) => [
    name,
    (...args: unknown[]) => {
      state.value = (reducer as (s: ViewState, ...a: unknown[]) => ViewState)(state.value, ...args);
    },
  ]),
) as { [K in keyof Reducers]: Action<Reducers[K]> };
