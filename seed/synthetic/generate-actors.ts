// Synthetic factions and people: a few states, coalitions and big armed groups as hubs, then thousands of brigades,
// militias and offices, and tens of thousands of fighters, officers, officials and journalists.
import type { FactionRecord, PersonRecord } from '../model/records.ts';
import { COUNTRIES } from './geography.ts';
import { FACTION_PATTERNS, FACTION_WORDS, FAMILY_NAMES, GIVEN_NAMES } from './name-parts.ts';
import type { NodeSet } from './node-set.ts';
import { syntheticId } from './node-set.ts';
import type { Random } from './random.ts';
import { laterDate, yearDate } from './synthetic-dates.ts';
import { withPrecisions } from '../model/dates.ts';
import { cite, type SourcePool } from './synthetic-provenance.ts';

type FactionKind = FactionRecord['kind'];
type PersonKind = PersonRecord['kind'];

/** The biggest hubs, by rank: what dominates a real conflict graph. */
const TOP_FACTIONS: FactionKind[] = [
  'armed-group',
  'state',
  'coalition',
  'state-army',
  'state',
  'armed-group',
  'state',
];

const FACTION_KINDS: Partial<Record<FactionKind, number>> = {
  'armed-group': 45,
  militia: 15,
  media: 10,
  'political-organization': 8,
  'state-force': 6,
  coalition: 5,
  'operations-room': 4,
  'intelligence-service': 3,
  government: 2,
  'international-organization': 2,
};

const PERSON_KINDS: Partial<Record<PersonKind, number>> = {
  fighter: 40,
  'militant-leader': 15,
  'military-officer': 15,
  official: 10,
  journalist: 7,
  'political-leader': 5,
  other: 5,
  analyst: 3,
};

function factionName(rng: Random, kind: FactionKind, rank: number, states: { next: number }): string {
  const a = rng.pick(FACTION_WORDS);
  const b = rng.pick(FACTION_WORDS);
  if (kind === 'state' && states.next < COUNTRIES.length) return COUNTRIES[states.next++]!.name;
  if (kind === 'state-army' || kind === 'state-force') return `${rank + 1}th Division (${a})`;
  if (kind === 'militia') return `Quwat al-${a} al-${b}`;
  if (kind === 'operations-room') return `${a} ${b} Operations Room`;
  if (kind === 'intelligence-service') return `${a} Intelligence Branch ${rank}`;
  if (kind === 'government') return `${a} Salvation Government`;
  if (kind === 'political-organization') return `${a} ${b} Party`;
  if (kind === 'international-organization') return `${a} Relief Committee`;
  if (kind === 'media') return `${a} ${b} Media Office`;
  if (kind === 'coalition') return `Jabhat al-${a} al-${b}`;
  return rng.pick(FACTION_PATTERNS)(a, b);
}

const initials = (name: string) => name.match(/\b[A-Z]/g)?.join('') ?? '';

export function generateFactions(rng: Random, nodes: NodeSet, count: number, sources: SourcePool): void {
  const states = { next: 0 };
  for (let rank = 0; rank < count; rank++) {
    const kind = TOP_FACTIONS[rank] ?? rng.weighted(FACTION_KINDS);
    const name = factionName(rng, kind, rank, states);
    const founded = yearDate(rng, kind === 'state' ? 1920 : 2011, 2024);
    const short = initials(name);
    nodes.add('Faction', syntheticId('faction', rank), {
      ...withPrecisions({
        name,
        aliases: short.length >= 2 && kind !== 'state' ? [short] : [],
        kind,
        founded,
        dissolved: rng.chance(0.1) ? laterDate(rng, founded) : undefined,
        description: `A synthetic ${kind} for scale testing.`,
      }),
      ...cite(rng, sources, `Synthetic claim: ${name} is a ${kind}.`, {
        name: 'founded',
        value: founded,
        alternative: () => yearDate(rng, 2011, 2024),
      }),
    });
  }
}

export function generatePeople(rng: Random, nodes: NodeSet, count: number, sources: SourcePool): void {
  for (let rank = 0; rank < count; rank++) {
    const kind = rng.weighted(PERSON_KINDS);
    const given = rng.pick(GIVEN_NAMES);
    const middle = rng.chance(0.5) ? ` ${rng.pick(GIVEN_NAMES)}` : '';
    const name = `${given}${middle} ${rng.pick(FAMILY_NAMES)}`;
    const aliases = rng.chance(0.3) ? [`Abu ${rng.pick(GIVEN_NAMES)} al-${rng.pick(FACTION_WORDS)}`] : [];
    if (name.includes('Mohammad') && rng.chance(0.5)) aliases.push(name.replace('Mohammad', 'Muhammad'));
    const born = yearDate(rng, 1950, 2002);
    nodes.add('Person', syntheticId('person', rank), {
      ...withPrecisions({
        name,
        aliases,
        kind,
        born,
        died: rng.chance(0.08) ? yearDate(rng, 2012, 2024) : undefined,
        description: `A synthetic ${kind} for scale testing; not a real person.`,
      }),
      ...cite(rng, sources, `Synthetic claim: ${name} is a ${kind}.`),
    });
  }
}
