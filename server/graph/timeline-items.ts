// Neo4j rows → timeline items: the fact, its own dates, where it happened, and what bounds it when it has no date.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { EntityLabel, EntityRef, PlaceRef, RelationshipType, TimelineItem } from '../contract.ts';
import { toPlain } from '../db/to-plain.ts';
import type { Datable } from './timeline-order.ts';
import { rankOf } from './timeline-scope.ts';

/** An item before ordering: the contract's fields plus what the ordering needs. */
export type DraftItem = Omit<TimelineItem, 'placement'> & Datable;

type Props = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function refOf(entityType: EntityLabel, props: Props): EntityRef {
  const kind = str(props.kind);
  return { key: String(props.id), name: String(props.name ?? props.id), entityType, ...(kind ? { kind } : {}) };
}

export function placeRefOf(props: Props): PlaceRef {
  const ref: PlaceRef = refOf('Place', props);
  if (typeof props.lat === 'number' && typeof props.lon === 'number')
    Object.assign(ref, { lat: props.lat, lon: props.lon });
  return ref;
}

function disputesDate(props: Props): boolean {
  const fields = (props.disputed_fields as string[] | undefined) ?? [];
  return props.disputed === true && fields.some((f) => ['date', 'end_date', 'start', 'end'].includes(f));
}

/** The span of the nearest dated event an undated event is part of. */
function withinEvent(parent: Neo4jNode | undefined): Datable['within'] {
  if (!parent) return undefined;
  const p = parent.properties as Props;
  return { from: str(p.date), to: str(p.end_date) ?? str(p.date), note: `during ${String(p.name)}` };
}

/** A membership or leadership without a start cannot begin before the group was founded, nor outlast it. */
function withinGroup(group: Props, end: string | undefined): Datable['within'] {
  const founded = str(group.founded);
  const dissolved = end ? undefined : str(group.dissolved);
  if (!founded && !dissolved) return undefined;
  const note = [
    founded && `${String(group.name)} was founded in ${founded}`,
    dissolved && `${String(group.name)} ended in ${dissolved}`,
  ]
    .filter(Boolean)
    .join('; ');
  return { ...(founded ? { from: founded } : {}), ...(dissolved ? { to: dissolved } : {}), note };
}

export interface RelationshipRow {
  rel: Relationship;
  direction: 'out' | 'in';
  other: Neo4jNode;
  otherType: EntityLabel;
  places: PlaceRef[];
  parent?: Neo4jNode;
  /** The person whose memberships may be ordered by lineage. */
  lineageOwner: boolean;
}

export function relationshipItem(row: RelationshipRow): DraftItem {
  const r = row.rel.properties as Props;
  const o = row.other.properties as Props;
  const relType = row.rel.type as RelationshipType;
  const ownDates = str(r.date) ?? str(r.start) ?? str(r.end);
  // Taking part in an event, or an event happening somewhere, is dated by the event.
  const fromEvent = !ownDates && row.otherType === 'Event';
  const date = fromEvent ? str(o.date) : str(r.date);
  const end = fromEvent ? str(o.end_date) : str(r.end);
  const start = fromEvent ? undefined : str(r.start);
  const isGroupTie = row.otherType === 'Faction' && ['MEMBER_OF', 'LEADS', 'FOUNDED'].includes(relType);
  const within =
    date || start
      ? undefined
      : row.otherType === 'Event'
        ? withinEvent(row.parent)
        : isGroupTie
          ? withinGroup(o, end)
          : undefined;
  return {
    id: String(r.id),
    relationship: { key: String(r.id), relType, direction: row.direction },
    other: refOf(row.otherType, o),
    ...(str(r.role) ? { role: str(r.role) } : {}),
    ...(date ? { date } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    places: row.places,
    disputed: r.disputed === true || (fromEvent && disputesDate(o)),
    ...(within ? { within } : {}),
    ...(isGroupTie && row.lineageOwner ? { group: String(o.id) } : {}),
    rank: rankOf(relType),
    label: String(o.name ?? o.id),
  };
}

/** founded / dissolved / born / died on the entity itself, or when an event began and ended. */
export function ownDateItems(key: string, props: Props): DraftItem[] {
  const plain = toPlain(props) as Props;
  const disputed = (plain.disputed_fields as string[] | undefined) ?? [];
  return (['founded', 'dissolved', 'born', 'died', 'date', 'end_date'] as const).flatMap((property) => {
    const date = str(plain[property]);
    if (!date) return [];
    return [
      {
        id: `${key}:${property}`,
        relationship: null,
        property,
        date,
        places: [],
        disputed: disputed.includes(property),
        rank: rankOf(null, property),
        label: property,
      },
    ];
  });
}
