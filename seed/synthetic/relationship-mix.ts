// How the synthetic relationship budget splits across types, which labels each joins (within seed/model's rules),
// and the properties each carries (dates, periods, roles, kinds of backing).
import { RELATIONSHIP_RULES, type RelationshipType } from '../model/relationship-types.ts';
import type { EntityLabel } from '../model/vocabulary.ts';
import type { Random } from './random.ts';
import { laterDate, warDate } from './synthetic-dates.ts';

interface TypeMix {
  /** Relative share of the drawn relationships (LOCATED_IN and OCCURRED_IN are structural, not drawn). */
  share: number;
  /** Label pairs (from, to) with their relative weights. */
  pairs: [EntityLabel, EntityLabel, number][];
  props(rng: Random): Record<string, unknown>;
  /**
   * Endpoints drawn evenly instead of by the power law: splits, mergers and successions happen among small groups
   * as much as big ones, and real lineages are sparse chains, not hubs with thousands of predecessors.
   */
  even?: boolean;
}

const dated = (rng: Random) => ({ date: warDate(rng) });
const period = (rng: Random) => {
  const start = warDate(rng);
  return { start, end: rng.chance(0.4) ? laterDate(rng, start) : undefined };
};
const ROLES = ['attacker', 'defender', 'leading force', 'participant', 'supporting force', 'speaker'];
const POSTS = ['commander', 'member', 'fighter', 'spokesman', 'emir', 'deputy', 'founder'];
const BACKING = ['military', 'air', 'training', 'financial', 'political'];

export const DRAWN_MIX: Partial<Record<RelationshipType, TypeMix>> = {
  PARTICIPATED_IN: {
    share: 28,
    pairs: [
      ['Faction', 'Event', 7],
      ['Person', 'Event', 3],
    ],
    props: (rng) => ({ role: rng.pick(ROLES) }),
  },
  MEMBER_OF: {
    share: 12,
    pairs: [['Person', 'Faction', 1]],
    props: (rng) => ({ role: rng.pick(POSTS), ...period(rng) }),
  },
  PART_OF: {
    share: 8,
    pairs: [
      ['Event', 'Event', 7],
      ['Faction', 'Faction', 3],
    ],
    props: () => ({}),
  },
  OPPOSES: {
    share: 7,
    pairs: [
      ['Faction', 'Faction', 9],
      ['Person', 'Person', 1],
    ],
    props: period,
  },
  CAPTURED: { share: 7, pairs: [['Faction', 'Place', 1]], props: dated },
  CONTROLS: { share: 6, pairs: [['Faction', 'Place', 1]], props: period },
  BASED_IN: {
    share: 5,
    pairs: [
      ['Faction', 'Place', 6],
      ['Person', 'Place', 4],
    ],
    props: period,
  },
  ALLIED_WITH: { share: 4, pairs: [['Faction', 'Faction', 1]], props: period },
  WITHDREW_FROM: { share: 3, pairs: [['Faction', 'Place', 1]], props: dated },
  BACKS: {
    share: 3,
    pairs: [
      ['Faction', 'Faction', 9],
      ['Person', 'Faction', 1],
    ],
    props: (rng) => ({ kind: rng.pick(BACKING), ...period(rng) }),
  },
  LEADS: {
    share: 3,
    pairs: [
      ['Person', 'Faction', 9],
      ['Faction', 'Faction', 1],
    ],
    props: (rng) => ({ role: 'leader', ...period(rng) }),
  },
  KILLED_IN: { share: 2, pairs: [['Person', 'Event', 1]], props: () => ({}) },
  AFFILIATED_WITH: { share: 0.4, pairs: [['Faction', 'Faction', 1]], props: period, even: true },
  FOUNDED: {
    share: 0.5,
    pairs: [
      ['Person', 'Faction', 6],
      ['Faction', 'Faction', 4],
    ],
    props: dated,
    even: true,
  },
  SUCCEEDED: {
    share: 0.2,
    pairs: [
      ['Faction', 'Faction', 7],
      ['Person', 'Person', 3],
    ],
    props: dated,
    even: true,
  },
  SPLIT_FROM: { share: 0.2, pairs: [['Faction', 'Faction', 1]], props: dated, even: true },
  MERGED_INTO: { share: 0.2, pairs: [['Faction', 'Faction', 1]], props: dated, even: true },
  FLED_TO: {
    share: 1,
    pairs: [
      ['Person', 'Place', 7],
      ['Faction', 'Place', 3],
    ],
    props: dated,
  },
};

/** Types where (a, b) and (b, a) say the same thing, so only one of them is drawn. */
export const SYMMETRIC: ReadonlySet<RelationshipType> = new Set(['ALLIED_WITH', 'OPPOSES']);

/** Fails loudly if the mix ever drifts from the model's endpoint rules. */
export function assertMixFollowsModel(): void {
  for (const [type, mix] of Object.entries(DRAWN_MIX) as [RelationshipType, TypeMix][]) {
    const rule = RELATIONSHIP_RULES[type];
    for (const [from, to] of mix.pairs) {
      if (!(rule.from as readonly string[]).includes(from) || !(rule.to as readonly string[]).includes(to))
        throw new Error(`synthetic mix: ${from}-[:${type}]->${to} breaks the model's rule for ${type}`);
    }
  }
}
