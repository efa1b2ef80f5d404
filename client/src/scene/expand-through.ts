// Expanding through some relationship types: one named type (the details' per-type list), or the types the filters
// show (the reader's Expand while some are hidden, which would otherwise bring neighbours joined by unseen lines).
import type { RelationshipType } from '../../../server/contract.ts';
import { inViewByType, nextAsk, shownTypes } from '../graph/types-in-view.ts';
import { actions, view } from '../state/store.ts';
import { expand } from './expand-collapse.ts';
import { graph } from './graph-instance.ts';

/** One type, named by the reader: a type hidden by the filters would come in unseen, so it is shown again. */
export function expandThroughType(key: string, type: RelationshipType): Promise<boolean> {
  const limit = nextAsk(inViewByType(graph, key), [type], view.value.expandLimit);
  if (limit === null) return Promise.resolve(false);
  const f = view.value.filters;
  if (!f.relTypes.includes(type)) actions.setRelTypes([...f.relTypes, type]);
  return expand(key, { limit, types: [type] });
}

/**
 * The reader's Expand (the button, a double-click, Shift+Enter): every type when the filters hide none, else only
 * through the types they show, asking for more with each click; nothing when they hide every type.
 */
export function expandAsShown(key: string): Promise<boolean> {
  const types = shownTypes(view.value.filters);
  if (!types) return expand(key);
  if (!types.length) {
    // A double-click or Shift+Enter that did nothing, silently, would look broken.
    actions.failed(NOTHING_SHOWN);
    return Promise.resolve(false);
  }
  const limit = nextAsk(inViewByType(graph, key), types, view.value.expandLimit);
  return limit === null ? Promise.resolve(false) : expand(key, { limit, types });
}

const NOTHING_SHOWN =
  'The filters hide every relationship type, so there is nothing to expand through: tick some in the legend.';
