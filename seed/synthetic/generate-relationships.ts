// Synthetic relationships, streamed: the place hierarchy and each event's place first, then a Chung–Lu draw per type
// whose endpoints follow each label's power law, with no self-loops and no repeated (from, type, to).
import type { RelationshipType } from '../model/relationship-types.ts';
import { RELATIONSHIP_TYPES } from '../model/relationship-types.ts';
import type { EntityLabel } from '../model/vocabulary.ts';
import type { RelRow } from '../to-rows.ts';
import type { Containment } from './generate-places.ts';
import type { NodeSet } from './node-set.ts';
import { DRAWN_MIX, SYMMETRIC, assertMixFollowsModel } from './relationship-mix.ts';
import type { Random } from './random.ts';
import { warDate } from './synthetic-dates.ts';
import { withPrecisions } from '../model/dates.ts';
import { cite, type SourcePool } from './synthetic-provenance.ts';
import type { ZipfSampler } from './zipf-sampler.ts';

export interface RelationshipPlan {
  nodes: NodeSet;
  samplers: Partial<Record<EntityLabel, ZipfSampler>>;
  containment: Containment;
  eventPlaces: number[];
  sources: SourcePool;
  /** Total relationships wanted, structural ones included. */
  total: number;
}

const LABEL_BITS = 2 ** 20;

export function* generateRelationships(rng: Random, plan: RelationshipPlan): Generator<RelRow> {
  assertMixFollowsModel();
  const { nodes, sources } = plan;
  const offset: Partial<Record<EntityLabel, number>> = {};
  let base = 0;
  for (const label of ['Faction', 'Person', 'Place', 'Event', 'Source'] as EntityLabel[]) {
    offset[label] = base;
    base += nodes.count(label);
  }
  const seen = new Set<number>();
  const key = (a: number, b: number, t: number) => (a * LABEL_BITS + b) * 32 + t;
  let made = 0;

  const row = (type: RelationshipType, from: EntityLabel, a: number, to: EntityLabel, b: number): RelRow => {
    const id = `syn-rel-${String(made++).padStart(7, '0')}`;
    const [fromNodes, toNodes] = [nodes.byLabel[from], nodes.byLabel[to]];
    const extra = DRAWN_MIX[type]?.props(rng) ?? {};
    const claim = `Synthetic claim: ${fromNodes.names[a]} ${type.toLowerCase().replace(/_/g, ' ')} ${toNodes.names[b]}.`;
    const field =
      typeof extra.date === 'string' ? { name: 'date', value: extra.date, alternative: () => warDate(rng) } : undefined;
    return {
      id,
      type,
      from: fromNodes.ids[a]!,
      to: toNodes.ids[b]!,
      props: { ...withPrecisions({ id, ...extra }), ...cite(rng, sources, claim, field) },
    };
  };

  for (const [child, parent] of plan.containment) yield row('LOCATED_IN', 'Place', child, 'Place', parent);
  for (const [event, place] of plan.eventPlaces.entries()) yield row('OCCURRED_IN', 'Event', event, 'Place', place);

  const types = Object.keys(DRAWN_MIX) as RelationshipType[];
  const shares = Object.fromEntries(types.map((t) => [t, DRAWN_MIX[t]!.share])) as Record<RelationshipType, number>;
  let misses = 0;
  while (made < plan.total && misses < 100_000) {
    const type = rng.weighted(shares);
    const mix = DRAWN_MIX[type]!;
    const pair = mix.pairs[mix.pairs.length === 1 ? 0 : pickPair(rng, mix.pairs)]!;
    const [from, to] = [pair[0], pair[1]];
    const a = mix.even ? rng.int(0, nodes.count(from) - 1) : plan.samplers[from]!.draw(rng);
    const b = mix.even ? rng.int(0, nodes.count(to) - 1) : plan.samplers[to]!.draw(rng);
    const ga = offset[from]! + a;
    const gb = offset[to]! + b;
    const t = RELATIONSHIP_TYPES.indexOf(type);
    if (ga === gb || seen.has(key(ga, gb, t)) || (SYMMETRIC.has(type) && seen.has(key(gb, ga, t)))) {
      misses++;
      continue;
    }
    seen.add(key(ga, gb, t));
    yield row(type, from, a, to, b);
  }
}

function pickPair(rng: Random, pairs: [EntityLabel, EntityLabel, number][]): number {
  const total = pairs.reduce((s, p) => s + p[2], 0);
  let u = rng.next() * total;
  for (let i = 0; i < pairs.length; i++) {
    u -= pairs[i]![2];
    if (u < 0) return i;
  }
  return pairs.length - 1;
}
