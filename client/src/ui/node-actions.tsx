// The buttons for one node in view: expand or collapse it, ask for more neighbours, pin it, start a path from it.
import { collapse, expand, graph, hasExpansion, isExpanded, pin, showMore, switchMode, unpin } from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import { hasOwn, own } from '../state/own.ts';

export function NodeActions({ nodeKey, degree }: { nodeKey: string; degree: number }) {
  const v = view.value;
  void v.graphRevision;
  const inGraph = graph.hasNode(nodeKey);
  const shown = inGraph ? graph.degree(nodeKey) : 0;
  const cap = own(v.capped, nodeKey);
  const pinned = hasOwn(v.pinned, nodeKey);
  const name = inGraph ? graph.getNodeAttribute(nodeKey, 'name') : nodeKey;
  const pathEnd = (end: 'from' | 'to') => {
    actions.setPathInputs({ [end]: nodeKey });
    switchMode('path');
  };
  return (
    <div class="node-actions" role="group" aria-label={`Actions for ${name}`}>
      {!isExpanded(nodeKey) && degree > shown && (
        <button type="button" onClick={() => void expand(nodeKey)}>
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
    </div>
  );
}
