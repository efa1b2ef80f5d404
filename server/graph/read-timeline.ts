// A person's, group's, place's or event's history in date order, with the subgraph it rests on.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { EntityLabel, PlaceRef, TimelineResponse } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { DESCENT_AMONG } from '../db/cypher/lineage.ts';
import {
  PERSON_OPERATION_MILESTONES,
  PLACE_EVENTS_WITHIN,
  TIMELINE_ENTITY,
  TIMELINE_RELATIONSHIPS,
} from '../db/cypher/timeline.ts';
import { AppError } from '../http/app-error.ts';
import { SubgraphBuilder } from './subgraph-builder.ts';
import { groupsToPlace, orderTimeline } from './timeline-order.ts';
import { COMMAND_WORDS, MILESTONE_KINDS, OPERATION_KINDS, TIMELINE_SCOPES } from './timeline-scope.ts';
import { ownDateItems, placeRefOf, refOf, relationshipItem, type DraftItem } from './timeline-items.ts';

/** Per statement: more than a reader can follow on one timeline, few enough to answer quickly. */
export const TIMELINE_LIMIT = 400;
/** Undated groups placed by lineage, one breadth-first search each (~0.3 s for a hub on the 100k graph). */
const LINEAGE_PLACED_MAX = 10;

type PlaceHit = { place: Neo4jNode; rel: Relationship };

export async function readTimeline(db: GraphDatabase, key: string): Promise<TimelineResponse> {
  const [head] = await db.read(TIMELINE_ENTITY, { key });
  if (!head) throw AppError.notFound(`No entity has the key "${key}".`);
  const centre = head.get('c') as Neo4jNode;
  const entityType = head.get('entityType') as EntityLabel;
  const builder = new SubgraphBuilder();
  builder.addNode(entityType, centre);
  const pending: [string, string, Relationship][] = [];
  const placesOf = (hits: PlaceHit[], owner: string): PlaceRef[] =>
    hits.map(({ place, rel }) => {
      builder.addNode('Place', place);
      pending.push([owner, String(place.properties.id), rel]);
      return placeRefOf(place.properties);
    });

  const scope = TIMELINE_SCOPES[entityType];
  const rows = await db.read(TIMELINE_RELATIONSHIPS, { key, ...scope, limit: TIMELINE_LIMIT });
  let truncated = rows.length >= TIMELINE_LIMIT;
  const items: DraftItem[] = ownDateItems(key, centre.properties);
  for (const row of rows) {
    const rel = row.get('r') as Relationship;
    const other = row.get('o') as Neo4jNode;
    const otherType = row.get('otherType') as EntityLabel;
    const otherKey = builder.addNode(otherType, other);
    const direction = row.get('direction') as 'out' | 'in';
    pending.push(direction === 'out' ? [key, otherKey, rel] : [otherKey, key, rel]);
    const places =
      otherType === 'Event'
        ? placesOf(row.get('places') as PlaceHit[], otherKey)
        : entityType === 'Place'
          ? [placeRefOf(centre.properties)]
          : otherType === 'Place'
            ? [placeRefOf(other.properties)]
            : [];
    const parent = (row.get('parents') as Neo4jNode[])[0];
    items.push(
      relationshipItem({ rel, direction, other, otherType, places, parent, lineageOwner: entityType === 'Person' }),
    );
  }

  if (entityType === 'Person') {
    const milestones = await db.read(PERSON_OPERATION_MILESTONES, {
      key,
      operationKinds: OPERATION_KINDS,
      commandWords: COMMAND_WORDS,
      milestoneKinds: MILESTONE_KINDS,
      limit: TIMELINE_LIMIT,
    });
    truncated ||= milestones.length >= TIMELINE_LIMIT;
    for (const m of milestones) {
      const e = m.get('e') as Neo4jNode;
      const p = e.properties as Record<string, unknown>;
      const eventKey = builder.addNode('Event', e);
      const role = m.get('viaRole') as string | null;
      items.push({
        id: `${eventKey}@${m.get('via') as string}`,
        relationship: null,
        other: refOf('Event', p),
        date: String(p.date),
        ...(typeof p.end_date === 'string' ? { end: p.end_date } : {}),
        places: placesOf(m.get('places') as PlaceHit[], eventKey),
        via: { key: m.get('via') as string, name: m.get('viaName') as string, ...(role ? { role } : {}) },
        disputed: p.disputed === true,
        rank: 4,
        label: String(p.name),
      });
    }
  }

  if (entityType === 'Place') {
    const direct = new Set(items.map((i) => i.other?.key));
    const within = await db.read(PLACE_EVENTS_WITHIN, { key, limit: TIMELINE_LIMIT });
    truncated ||= within.length >= TIMELINE_LIMIT;
    for (const w of within) {
      const e = w.get('e') as Neo4jNode;
      const sub = w.get('sub') as Neo4jNode;
      const rel = w.get('r') as Relationship;
      const eventKey = String(e.properties.id);
      if (direct.has(eventKey)) continue;
      direct.add(eventKey);
      builder.addNode('Event', e);
      const subKey = builder.addNode('Place', sub);
      pending.push([eventKey, subKey, rel]);
      const base = relationshipItem({
        rel,
        direction: 'in',
        other: e,
        otherType: 'Event',
        places: [placeRefOf(sub.properties)],
        parent: (w.get('parents') as Neo4jNode[])[0],
        lineageOwner: false,
      });
      items.push({ ...base, via: { key: subKey, name: String(sub.properties.name) } });
    }
  }

  const groups = [...new Set(items.flatMap((i) => (i.group ? [i.group] : [])))];
  const older = groupsToPlace(items, LINEAGE_PLACED_MAX);
  const descent = new Set<string>();
  if (groups.length > 1 && older.length)
    for (const d of await db.read(DESCENT_AMONG, { keys: groups, older }))
      descent.add(`${d.get('newer') as string}>${d.get('older') as string}`);
  const ordered = orderTimeline(items, (newer, older) => descent.has(`${newer}>${older}`));

  for (const [s, t, rel] of pending) builder.addEdge(s, t, rel);
  const strip = ({ within: _w, group: _g, rank: _r, label: _l, ...item }: (typeof ordered.items)[number]) => item;
  return {
    entity: refOf(entityType, centre.properties),
    items: ordered.items.map(strip),
    undated: ordered.undated.map(strip),
    graph: builder.build({
      truncated,
      totalNodes: builder.keys().length,
      shownNodes: builder.keys().length,
      omittedByType: {},
      center: key,
    }),
    truncated,
  };
}
