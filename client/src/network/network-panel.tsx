// The faction network's side panel: what the colours mean, and Louvain communities on demand with their members.
import { graph, openNetwork } from '../explorer.ts';
import { currentCommunities } from '../graph/display-context.ts';
import { FACTION_KIND_COLORS, RELATION_FAMILIES } from '../graph/style.ts';
import { actions, view } from '../state/store.ts';

const NETWORK_FAMILIES = ['Alliance', 'Hostility', 'Backing', 'Lineage', 'Leadership & membership'];

export function NetworkPanel() {
  const v = view.value;
  const isNetwork = v.scene?.kind === 'network';
  const communities = currentCommunities(graph, v);
  const kinds = new Map<string, number>();
  graph.forEachNode(
    (_, a) => a.entityType === 'Faction' && kinds.set(String(a.kind), (kinds.get(String(a.kind)) ?? 0) + 1),
  );
  return (
    <section class="panel network-panel" aria-label="Faction network">
      <h2>Faction network</h2>
      <p class="hint">
        Armed groups, states and coalitions, joined by alliance, hostility, backing, membership and lineage. Arrows
        point from sponsor to client, from a successor to what it replaced.
      </p>
      {!isNetwork && (
        <button type="button" onClick={() => void openNetwork()}>
          Show the faction network
        </button>
      )}
      <button type="button" aria-pressed={v.communities} onClick={() => actions.setCommunities(!v.communities)}>
        {v.communities ? 'Colour by kind' : 'Find communities (Louvain)'}
      </button>
      {communities ? (
        <>
          <p class="hint">
            {communities.list.filter((c) => c.members.length > 1).length} communities on cooperative ties (hostility
            ignored), modularity {communities.modularity.toFixed(2)}.
          </p>
          <ol class="community-list" aria-label="Communities">
            {communities.list
              .filter((c) => c.members.length > 1)
              .map((c) => (
                <li key={c.id}>
                  <span class="dot" style={{ background: c.color }} aria-hidden="true" />
                  {c.members
                    .slice(0, 4)
                    .map((m) => graph.getNodeAttribute(m, 'name'))
                    .join(', ')}
                  {c.members.length > 4 && <span class="count"> +{c.members.length - 4}</span>}
                </li>
              ))}
          </ol>
        </>
      ) : (
        <ul class="kind-legend" aria-label="Kinds of faction">
          {[...kinds]
            .sort((a, b) => b[1] - a[1])
            .map(([kind, n]) => (
              <li key={kind}>
                <span class="dot" style={{ background: FACTION_KIND_COLORS[kind] ?? '#999' }} aria-hidden="true" />
                {kind.replace(/-/g, ' ')} <span class="count">{n}</span>
              </li>
            ))}
        </ul>
      )}
      <ul class="edge-legend" aria-label="Kinds of tie">
        {RELATION_FAMILIES.filter((f) => NETWORK_FAMILIES.includes(f.name)).map((f) => (
          <li key={f.name}>
            <span class="line" style={{ background: f.color }} aria-hidden="true" />
            {f.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
