// What the colours mean, with how many of each are on screen: the first thing a newcomer needs.
import type { EntityLabel } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { ENTITY_COLORS, ENTITY_DESCRIPTIONS, RELATION_FAMILIES } from '../graph/style.ts';
import { view } from '../state/store.ts';

export function Legend() {
  void view.value.graphRevision;
  const counts = new Map<EntityLabel, number>();
  graph.forEachNode((_, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  const families = new Set<string>();
  graph.forEachEdge((_, a) => {
    const f = RELATION_FAMILIES.find((fam) => fam.types.includes(a.relType));
    if (f) families.add(f.name);
  });
  return (
    <section class="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        {(Object.keys(ENTITY_COLORS) as EntityLabel[]).map((t) => (
          <li key={t} title={ENTITY_DESCRIPTIONS[t]} class={counts.get(t) ? '' : 'absent'}>
            <span class="dot" style={{ background: ENTITY_COLORS[t] }} aria-hidden="true" />
            {t} <span class="count">{counts.get(t) ?? 0}</span>
          </li>
        ))}
      </ul>
      <ul class="edge-legend">
        {RELATION_FAMILIES.filter((f) => families.has(f.name)).map((f) => (
          <li key={f.name}>
            <span class="line" style={{ background: f.color }} aria-hidden="true" />
            {f.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
