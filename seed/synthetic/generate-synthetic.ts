// The synthetic dataset for a size and a seed: node rows in memory, relationship rows streamed (half a million rows
// of provenance would otherwise sit in memory twice). Same size and seed, same rows, on any machine.
import type { EntityLabel } from '../model/vocabulary.ts';
import type { RelRow } from '../to-rows.ts';
import { generateFactions, generatePeople } from './generate-actors.ts';
import { generateEvents } from './generate-events.ts';
import { generatePlaces } from './generate-places.ts';
import { generateRelationships } from './generate-relationships.ts';
import { generateSources } from './generate-sources.ts';
import { NodeSet } from './node-set.ts';
import { Random } from './random.ts';
import { ZipfSampler } from './zipf-sampler.ts';

export interface SyntheticOptions {
  /** Total nodes, Sources included. */
  nodes: number;
  /** Relationships per node (5 gives ~500k relationships for 100k nodes). */
  relationshipsPerNode?: number;
  seed?: string;
}

export interface SyntheticDataset {
  nodes: NodeSet;
  /** Relationships asked for; the stream yields this many unless the graph is too small to hold them distinct. */
  relationshipTarget: number;
  /** A fresh stream of the same relationship rows each time it is called. */
  relationships(): Generator<RelRow>;
}

export const MIN_NODES = 500;
export const MAX_NODES = 1_000_000;
export const DEFAULT_SEED = 'syria-2024';

/** Hub steepness per label: 1 gives states and big groups tens of thousands of links at 100k nodes. */
const EXPONENT: Partial<Record<EntityLabel, number>> = { Faction: 1, Event: 1, Place: 1, Person: 0.75 };

export function generateSynthetic(opts: SyntheticOptions): SyntheticDataset {
  const n = opts.nodes;
  if (!Number.isInteger(n) || n < MIN_NODES || n > MAX_NODES)
    throw new Error(`the synthetic size must be a whole number between ${MIN_NODES} and ${MAX_NODES} (got ${n})`);
  const rng = new Random(`${opts.seed ?? DEFAULT_SEED}:${n}`);
  const nodes = new NodeSet();
  const counts = {
    Source: Math.max(3, Math.round(n * 0.01)),
    Faction: Math.round(n * 0.08),
    Person: Math.round(n * 0.25),
    Place: Math.round(n * 0.17),
  };
  const events = n - counts.Source - counts.Faction - counts.Person - counts.Place;

  const sources = generateSources(rng.fork('sources'), nodes, counts.Source);
  const containment = generatePlaces(rng.fork('places'), nodes, counts.Place, sources);
  generateFactions(rng.fork('factions'), nodes, counts.Faction, sources);
  generatePeople(rng.fork('people'), nodes, counts.Person, sources);
  const samplers: Partial<Record<EntityLabel, ZipfSampler>> = {};
  for (const label of ['Faction', 'Person', 'Place'] as const)
    samplers[label] = new ZipfSampler(nodes.count(label), EXPONENT[label]!);
  const placePicks = { ranked: nodes.byLabel.Place, sampler: samplers.Place! };
  const eventPlaces = generateEvents(rng.fork('events'), nodes, events, placePicks, sources);
  samplers.Event = new ZipfSampler(events, EXPONENT.Event!);

  const total = Math.round(n * (opts.relationshipsPerNode ?? 5));
  const relSeed = rng.fork('relationships').int(0, 2 ** 32 - 1);
  const plan = { nodes, samplers, containment, eventPlaces, sources, total };
  return {
    nodes,
    relationshipTarget: total,
    relationships: () => generateRelationships(new Random(relSeed), plan),
  };
}
