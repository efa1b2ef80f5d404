// What the API benchmark asks for, drawn deterministically from the synthetic dataset: random entities, the biggest
// hubs, two-word name searches, relationships, entity pairs for paths; and the whole-graph views (the date slider's
// span, a day of playback, the faction network, the map's places).
import { generateSynthetic } from '../../seed/synthetic/generate-synthetic.ts';
import { Random } from '../../seed/synthetic/random.ts';

export interface EndpointCase {
  name: string;
  /** Paths under the server, cycled through in order. */
  urls: string[];
  /** Fewer timed requests than the plan's: whole-graph views take up to seconds each at 100k nodes. */
  requests?: number;
}

const enc = encodeURIComponent;

/** 27 November to 8 December 2024. */
const OFFENSIVE_DAYS = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2024, 10, 27 + i)).toISOString().slice(0, 10),
);

/** The hubs: the biggest of each kind, with a relationship type that kind of hub has hundreds to thousands of. */
const HUBS = [
  { label: 'Faction', count: 5, type: 'OPPOSES' },
  { label: 'Place', count: 2, type: 'OCCURRED_IN' },
  { label: 'Event', count: 2, type: 'PARTICIPATED_IN' },
] as const;

export function benchCases(nodes: number, perCase: number): EndpointCase[] {
  const ds = generateSynthetic({ nodes });
  const rng = new Random('bench-cases');
  const actors = ds.nodes.rows.filter((n) => n.label !== 'Source');
  const pick = () => actors[rng.int(0, actors.length - 1)]!;
  const many = <T>(n: number, f: () => T) => Array.from({ length: n }, f);
  const typedHubs = HUBS.flatMap((h) => ds.nodes.byLabel[h.label].ids.slice(0, h.count).map((key) => ({ key, ...h })));
  const hubs = typedHubs.map((h) => h.key);
  const people = ds.nodes.byLabel.Person.ids;
  const factions = ds.nodes.byLabel.Faction.ids;
  const relCount = ds.relationshipTarget;
  return [
    {
      name: 'search',
      urls: many(
        perCase,
        () => `/api/search?q=${enc(String(pick().props.name).split(' ').slice(0, 2).join(' '))}&limit=10`,
      ),
    },
    { name: 'node', urls: many(perCase, () => `/api/nodes/${pick().id}`) },
    { name: 'node (hub)', urls: hubs.map((k) => `/api/nodes/${k}`) },
    { name: 'neighbourhood d1', urls: many(perCase, () => `/api/nodes/${pick().id}/neighborhood?depth=1&limit=150`) },
    { name: 'neighbourhood d1 (hub)', urls: hubs.map((k) => `/api/nodes/${k}/neighborhood?depth=1&limit=150`) },
    // Expanding a hub through one relationship type (the details' per-type Expand).
    {
      name: 'neighbourhood d1 (hub, one type)',
      urls: typedHubs.map((h) => `/api/nodes/${h.key}/neighborhood?depth=1&limit=150&types=${h.type}`),
    },
    { name: 'neighbourhood d2', urls: many(perCase, () => `/api/nodes/${pick().id}/neighborhood?depth=2&limit=150`) },
    {
      name: 'relationship',
      urls: many(perCase, () => `/api/relationships/syn-rel-${String(rng.int(0, relCount - 1)).padStart(7, '0')}`),
    },
    { name: 'path', urls: many(perCase, () => `/api/path?from=${pick().id}&to=${pick().id}`) },
    {
      name: 'timeline',
      urls: many(perCase, () => `/api/nodes/${rng.chance(0.5) ? rng.pick(people) : rng.pick(factions)}/timeline`),
    },
    { name: 'lineage (hub group)', urls: hubs.slice(0, 5).map((k) => `/api/nodes/${k}/lineage`), requests: 40 },
    { name: 'time span', urls: ['/api/time/span'] },
    // Playback asks for one day at a time; a third of the synthetic dates fall in the offensive's twelve days.
    {
      name: 'time window (a day)',
      urls: OFFENSIVE_DAYS.map((d) => `/api/time/events?from=${d}&to=${d}`),
      requests: 24,
    },
    { name: 'faction network', urls: ['/api/network/factions'], requests: 12 },
    { name: 'places (map)', urls: ['/api/places'], requests: 12 },
  ];
}
