// The buttons for one node in view: expand or collapse it, ask for more neighbours, pin it, start a path from it.
import type { EntityDetails } from '../../../server/contract.ts';
import { moreThrough, shownTypes, type TypeInView } from '../graph/types-in-view.ts';
import {
  collapse,
  expandAsShown,
  graph,
  hasExpansion,
  isExpanded,
  pin,
  showMore,
  switchMode,
  unpin,
} from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import { hasOwn, own } from '../state/own.ts';

export function NodeActions({ e, inView }: { e: EntityDetails; inView: Map<string, TypeInView> }) {
  const v = view.value;
  const nodeKey = e.key;
  const inGraph = graph.hasNode(nodeKey);
  const shown = inGraph ? graph.degree(nodeKey) : 0;
  // With some relationship types hidden, Expand goes through the shown ones only (expand-through.ts).
  const through = shownTypes(v.filters);
  const canExpand = through
    ? moreThrough(e.relationshipCounts, inView, through)
    : !isExpanded(nodeKey) && e.degree > shown;
  const cap = own(v.capped, nodeKey);
  const pinned = hasOwn(v.pinned, nodeKey);
  const name = inGraph ? graph.getNodeAttribute(nodeKey, 'name') : nodeKey;
  const pathEnd = (end: 'from' | 'to') => {
    actions.setPathInputs({ [end]: nodeKey });
    switchMode('path');
  };
  return (
    <div class="node-actions" role="group" aria-label={`Actions for ${name}`}>
      {canExpand && (
        <button type="button" onClick={() => void expandAsShown(nodeKey)}>
          Expand
        </button>
      )}
      {cap && (
        <button type="button" onClick={() => void showMore(nodeKey)}>
          Show {cap.estimated ? 'up to ' : ''}
          {Math.min(v.expandLimit, cap.total - cap.shown)} more
        </button>
      )}
      {hasExpansion(nodeKey) && (
        <button type="button" onClick={() => collapse(nodeKey)}>
          Collapse
        </button>
      )}
      {inGraph && (
        <button type="button" aria-pressed={pinned} onClick={() => (pinned ? unpin(nodeKey) : pin(nodeKey))}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
      )}
      <button type="button" onClick={() => pathEnd('from')}>
        Path from here
      </button>
      <button type="button" onClick={() => pathEnd('to')}>
        Path to here
      </button>
      {through && (
        <p class="hint">
          {through.length
            ? `Expand goes only through the ${through.length === 1 ? 'relationship type' : `${through.length} relationship types`} the filters show.`
            : 'The filters hide every relationship type: there is nothing to expand through.'}
        </p>
      )}
    </div>
  );
}
