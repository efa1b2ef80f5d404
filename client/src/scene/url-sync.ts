// Keeps the address bar equal to the view (history.replaceState), and rebuilds the view from it when the page opens.
import { effect } from '@preact/signals';
import { view } from '../state/store.ts';
import { decodeUrlView, encodeUrlView, toUrlView } from '../state/url-state.ts';
import { restoreView } from './restore.ts';

/** The query string for the current view (also what "Copy link" copies). */
export const currentQuery = () => encodeUrlView(toUrlView(view.value));

export function shareableUrl(): string {
  const q = currentQuery();
  return `${location.origin}${location.pathname}${q ? `?${q}` : ''}`;
}

export async function startUrlSync(): Promise<void> {
  const initial = location.search;
  // Written only once the view is rebuilt, so a half-restored view never replaces the link being opened.
  if (initial.length > 1) await restoreView(decodeUrlView(initial));
  effect(() => {
    const q = currentQuery();
    if (q === location.search.replace(/^\?/, '')) return;
    history.replaceState(history.state, '', q ? `?${q}` : location.pathname);
  });
}
