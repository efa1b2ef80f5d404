// Synthetic events: a few long operations as hubs, then captures, battles, airstrikes, statements… each at a place.
import type { EventRecord } from '../model/records.ts';
import type { RankedNodes } from './node-set.ts';
import type { NodeSet } from './node-set.ts';
import { syntheticId } from './node-set.ts';
import { OPERATION_WORDS } from './name-parts.ts';
import type { Random } from './random.ts';
import { laterDate, warDate } from './synthetic-dates.ts';
import { withPrecisions } from '../model/dates.ts';
import { cite, type SourcePool } from './synthetic-provenance.ts';
import type { ZipfSampler } from './zipf-sampler.ts';

type Kind = EventRecord['kind'];

const KINDS: Partial<Record<Kind, number>> = {
  capture: 20,
  airstrike: 20,
  battle: 15,
  killing: 8,
  statement: 8,
  withdrawal: 6,
  siege: 4,
  interview: 3,
  negotiation: 3,
  offensive: 3,
  ceasefire: 2,
  'prison-release': 2,
  uprising: 2,
  flight: 1,
};

const LASTING: ReadonlySet<Kind> = new Set(['operation', 'offensive', 'siege', 'battle', 'uprising']);

const TITLE: Partial<Record<Kind, string>> = {
  capture: 'Capture of',
  airstrike: 'Airstrike on',
  battle: 'Battle of',
  killing: 'Killings in',
  statement: 'Statement in',
  withdrawal: 'Withdrawal from',
  siege: 'Siege of',
  interview: 'Interview in',
  negotiation: 'Talks in',
  offensive: 'Offensive on',
  ceasefire: 'Ceasefire in',
  'prison-release': 'Prison release in',
  uprising: 'Uprising in',
  flight: 'Flight from',
};

/** Returns, for each event rank, the place rank it occurred in (for OCCURRED_IN). */
export function generateEvents(
  rng: Random,
  nodes: NodeSet,
  count: number,
  places: { ranked: RankedNodes; sampler: ZipfSampler },
  sources: SourcePool,
): number[] {
  const operations = Math.max(5, Math.round(count * 0.002));
  const where: number[] = [];
  for (let rank = 0; rank < count; rank++) {
    const kind: Kind = rank < operations ? 'operation' : rng.weighted(KINDS);
    const place = places.sampler.draw(rng);
    const placeName = places.ranked.names[place]!;
    const name =
      kind === 'operation'
        ? `Operation ${rng.pick(OPERATION_WORDS)} ${rng.pick(OPERATION_WORDS)} ${rank + 1}`
        : `${TITLE[kind]} ${placeName}`;
    const date = warDate(rng);
    where.push(place);
    nodes.add('Event', syntheticId('event', rank), {
      ...withPrecisions({
        name,
        aliases: [],
        kind,
        date,
        end_date:
          LASTING.has(kind) && rng.chance(0.6) ? laterDate(rng, date, kind === 'operation' ? 900 : 60) : undefined,
        description: `A synthetic ${kind} for scale testing; it did not happen.`,
      }),
      ...cite(rng, sources, `Synthetic claim: the ${kind} took place at ${placeName}.`, {
        name: 'date',
        value: date,
        alternative: () => warDate(rng),
      }),
    });
  }
  return where;
}
