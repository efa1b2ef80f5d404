// One computed signal per part of the view state: a component or effect that reads only the parts it draws from
// re-runs when those change, not on every hover or request count.
import { computed, type ReadonlySignal } from '@preact/signals';
import { view } from './store.ts';
import type { ViewState } from './view-state.ts';

type Slices = { readonly [K in keyof ViewState]: ReadonlySignal<ViewState[K]> };

// Reducers keep every untouched part of the state as the same object, so each slice only signals real changes.
export const slice = new Proxy({} as Record<string, ReadonlySignal<unknown>>, {
  get(cache, key: string) {
    cache[key] ??= computed(() => view.value[key as keyof ViewState]);
    return cache[key];
  },
}) as unknown as Slices;
