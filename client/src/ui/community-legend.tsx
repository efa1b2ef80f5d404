// While nodes are coloured by community, the legend says so and names each community by its best connected members.
import { graph } from '../explorer.ts';
import { currentCommunities } from '../graph/display-context.ts';
import { view } from '../state/store.ts';
import { count } from './counts.ts';

/** Beyond these the list would outgrow the legend; the rest share the last line. */
const LISTED = 8;

export function CommunityLegend() {
  const communities = currentCommunities(graph, view.value);
  if (!communities) return null;
  const groups = communities.list.filter((c) => c.members.length > 1);
  const name = (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'name') : k);
  return (
    <section class="community-legend" aria-label="Communities">
      <p class="hint">
        Colours show {groups.length} Louvain {groups.length === 1 ? 'community' : 'communities'} (cooperative ties;
        hostility ignored). Grey: on its own.
      </p>
      <ul>
        {groups.slice(0, LISTED).map((c) => (
          <li key={c.id}>
            <span class="dot" style={{ background: c.color }} aria-hidden="true" />
            {c.members.slice(0, 2).map(name).join(', ')}
            {c.members.length > 2 && <span class="count"> +{count(c.members.length - 2)}</span>}
          </li>
        ))}
        {groups.length > LISTED && <li class="count">and {groups.length - LISTED} smaller ones</li>}
      </ul>
    </section>
  );
}
