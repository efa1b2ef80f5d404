// The found paths in words beside the graph; each name and verb is a button, and pointing at a path lights it up.
import type { RelationshipType } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import { noPathText, usingOnly } from './path-query.ts';
import { pathSegments, pathSentence, type PathLookup } from './path-wording.ts';

const lookup: PathLookup = {
  name: (n) => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'name') : n),
  edge: (k) =>
    graph.hasEdge(k)
      ? { source: graph.source(k), relType: graph.getEdgeAttribute(k, 'relType') as RelationshipType }
      : null,
};

export function PathList() {
  const v = view.value;
  const paths = v.paths;
  if (!paths || v.scene?.kind !== 'path') return null;
  const { from, to, date } = v.scene;
  if (!paths.length) {
    const { limits, retry } = noPathText(v.scene);
    return (
      <p class="path-empty" role="status">
        No connection between {lookup.name(from)} and {lookup.name(to)}
        {limits}. {retry}
      </p>
    );
  }
  const steps = paths[0]!.edges.length;
  return (
    <section class="path-list" aria-label="Paths found">
      <h3>
        {paths.length} shortest {paths.length === 1 ? 'path' : 'paths'}, {steps} {steps === 1 ? 'step' : 'steps'}
        {v.scene.types && `,${usingOnly(v.scene.types)}`}
        {date ? `, valid on ${date}` : ''}
      </h3>
      <ol>
        {paths.map((p, i) => {
          const segments = pathSegments(p, lookup);
          return (
            <li
              key={i}
              class={v.highlightedPath === i ? 'highlighted' : ''}
              aria-label={pathSentence(segments)}
              onMouseEnter={() => actions.highlightPath(i)}
              onMouseLeave={() => actions.highlightPath(null)}
              onFocusIn={() => actions.highlightPath(i)}
              onFocusOut={() => actions.highlightPath(null)}
            >
              {segments.map((s, j) => (
                <span key={j}>
                  {j > 0 && <span aria-hidden="true"> — </span>}
                  <button
                    type="button"
                    class={`link path-${s.kind}`}
                    onClick={() => actions.select({ kind: s.kind, key: s.key })}
                  >
                    {s.text}
                  </button>
                </span>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
