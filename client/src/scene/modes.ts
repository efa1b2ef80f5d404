// Switching modes: the network mode brings the faction network in unless it is already the scene.
import { actions, view } from '../state/store.ts';
import type { Mode } from '../state/view-state.ts';
import { expandAsShown } from './expand-through.ts';
import { openEntity, openNetwork } from './load-scene.ts';

export function switchMode(mode: Mode): void {
  actions.setMode(mode);
  if (mode === 'network' && view.value.scene?.kind !== 'network') void openNetwork();
}

/** Shift+Enter in search: the entity and its neighbours (through the types shown) join the view, and it is selected. */
export async function addEntity(key: string): Promise<void> {
  if (await expandAsShown(key)) actions.select({ kind: 'node', key });
}

/** Choosing an entity (search, a suggestion, a link in a panel) opens it; from the network or path modes, in Explore. */
export async function exploreEntity(key: string): Promise<void> {
  const ok = await openEntity(key);
  const mode = view.value.mode;
  if (ok && (mode === 'network' || mode === 'path')) actions.setMode('explore');
}
