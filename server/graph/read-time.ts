// The span of dated facts (for the date slider) and what happened between two days (for playback).
import type { DatedHappening, DatedHappeningsResponse, EntityLabel, EntityRef, TimeSpanResponse } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { EVENTS_BETWEEN, OFFENSIVE, TERRITORY_BETWEEN, TIME_SPAN } from '../db/cypher/time.ts';
import { AppError } from '../http/app-error.ts';
import { placeRefOf, refOf } from './timeline-items.ts';

/** The operation this dataset is about: the slider ends, and playback runs, over its days. */
export const OFFENSIVE_KEY = 'deterrence-of-aggression';
export const HAPPENINGS_LIMIT = 500;
/** Actors and places listed per happening; the counts say how many more there are. */
export const PARTS_PER_HAPPENING = 20;

type Props = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export async function readTimeSpan(db: GraphDatabase): Promise<TimeSpanResponse> {
  const [[span], [off]] = await Promise.all([db.read(TIME_SPAN), db.read(OFFENSIVE, { key: OFFENSIVE_KEY })]);
  // Every seed since the span was kept writes its years, if only []: none means a store seeded before.
  if (span && span.get('years') === null)
    throw new AppError(
      503,
      'dataset_outdated',
      'This database was seeded by an older version, which did not record the span of its dates: seed it again ' +
        '(npm run seed, or npm run seed -- --synthetic N for the scale dataset).',
    );
  const earliest = span?.get('earliest') as string | null;
  if (!span || !earliest) throw AppError.notFound('The graph holds no dated facts.');
  const offensive =
    off && off.get('start')
      ? {
          key: off.get('key') as string,
          name: off.get('name') as string,
          start: off.get('start') as string,
          end: (off.get('end') as string | null) ?? (off.get('start') as string),
        }
      : null;
  const startYear = Number((offensive?.start ?? '9999').slice(0, 4));
  const years = (span.get('years') as unknown[])
    .map(Number)
    .filter((y) => y < startYear)
    .sort((a, b) => a - b);
  return { earliest, latest: span.get('latest') as string, offensive, years };
}

function titleOfTerritory(relType: string, actor: EntityRef, place: EntityRef): string {
  return `${actor.name} ${relType === 'CAPTURED' ? 'captured' : 'withdrew from'} ${place.name}`;
}

export async function readHappenings(db: GraphDatabase, from: string, to: string): Promise<DatedHappeningsResponse> {
  const params = { from, to, limit: HAPPENINGS_LIMIT, perHappening: PARTS_PER_HAPPENING };
  const [territory, events] = await Promise.all([db.read(TERRITORY_BETWEEN, params), db.read(EVENTS_BETWEEN, params)]);
  const happenings: DatedHappening[] = [];
  for (const row of territory) {
    const r = row.get('r') as Props;
    const relType = row.get('relType') as string;
    const actor = refOf(row.get('actorType') as EntityLabel, row.get('f') as Props);
    const place = placeRefOf(row.get('p') as Props);
    happenings.push({
      select: { kind: 'edge', key: String(r.id) },
      kind: relType === 'CAPTURED' ? 'capture' : 'withdrawal',
      date: String(r.date),
      ...(str(r.end) ? { end: str(r.end) } : {}),
      actors: [actor],
      actorCount: 1,
      places: [place],
      placeCount: 1,
      title: titleOfTerritory(relType, actor, place),
      disputed: r.disputed === true,
    });
  }
  for (const row of events) {
    const e = row.get('e') as Props;
    const actors = (row.get('actors') as { actor: Props; actorType: EntityLabel; role: string | null }[]).map((a) => ({
      ...refOf(a.actorType, a.actor),
      ...(a.role ? { role: a.role } : {}),
    }));
    happenings.push({
      select: { kind: 'node', key: String(e.id) },
      kind: e.kind === 'capture' ? 'capture' : e.kind === 'withdrawal' ? 'withdrawal' : 'event',
      date: String(e.date),
      ...(str(e.end_date) ? { end: str(e.end_date) } : {}),
      actors,
      actorCount: Number(row.get('actorCount')),
      places: (row.get('places') as Props[]).map(placeRefOf),
      placeCount: Number(row.get('placeCount')),
      title: String(e.name),
      disputed: e.disputed === true,
    });
  }
  happenings.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  return {
    from,
    to,
    happenings,
    truncated: territory.length >= HAPPENINGS_LIMIT || events.length >= HAPPENINGS_LIMIT,
  };
}
