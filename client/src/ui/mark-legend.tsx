// Says what the rings on the canvas mean, drawn by the same description as the canvas and the SVG export.
import { graph, showNode } from '../explorer.ts';
import { nodeColourIn } from '../graph/display-context.ts';
import { markDiscs, type NodeMark } from '../graph/node-marks.ts';
import { slice } from '../state/selectors.ts';
import { view } from '../state/store.ts';

function Swatch({ mark, color }: { mark: NodeMark; color: string }) {
  return (
    <svg class="mark-swatch" viewBox="-7 -7 14 14" width="14" height="14" aria-hidden="true">
      {markDiscs(mark, 7, color).map((d, i) => (
        <circle key={i} r={d.r} fill={d.color} />
      ))}
    </svg>
  );
}

/** Only the marks the view has: the focus by name (a shared link's reader may not know where it began), pins counted. */
export function MarkLegend() {
  // The graph itself is not a signal: its revision says when the nodes named here may have come or gone.
  void slice.graphRevision.value;
  // What the focus is drawn in: its type's colour, or its community's, its kind's in the network.
  void [slice.communities.value, slice.filters.value, slice.mode.value];
  const key = slice.focus.value;
  const focus = key && graph.hasNode(key) ? graph.getNodeAttributes(key) : null;
  const pins = Object.keys(slice.pinned.value).filter((k) => graph.hasNode(k)).length;
  if (!focus && !pins) return null;
  return (
    <ul class="mark-legend" aria-label="Marked nodes">
      {focus && (
        <li>
          <Swatch mark="focus" color={nodeColourIn(graph, view.peek())(key!, focus)} />
          <span>
            <button
              type="button"
              class="link inline"
              title="Select it and bring it into view"
              onClick={() => showNode(key!)}
            >
              <strong>{focus.name}</strong>
            </button>
            : where this view was opened
          </span>
        </li>
      )}
      {pins > 0 && (
        <li>
          <Swatch mark="pinned" color="#9aa5b1" />
          <span>
            {pins} pinned where dropped (<em>Unpin</em> in the details)
          </span>
        </li>
      )}
    </ul>
  );
}
