// The first statement of a neighbourhood, and a hub's sampled first hop: the centre read whole when its degree fits
// the budget (with its edges for a one-hop view), else its degree by type shares a budget out over a typed sample.
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';
import type { EntityLabel, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { FIRST_HOP_SAMPLED, HOP_ROWS, NEIGHBOURHOOD_START, START_ROWS } from '../db/cypher/neighbourhood.ts';
import { recordFromRows, type RecordView } from '../db/record-from-rows.ts';
import { BOUNDS, shareBudget, type Counts } from './neighbourhood-budget.ts';
import type { Link } from './neighbourhood-hops.ts';

export type Rec = RecordView;

export type Sampled = { type: RelationshipType; label: EntityLabel; count: number }[];
export interface NeighbourhoodQuery {
  key: string;
  depth: 1 | 2 | 3;
  limit: number;
  /** Only these relationship types, at every hop and among the kept nodes (Bloom's "expand by type"); all if unset. */
  types?: readonly RelationshipType[];
}

/** What both first-hop statements take: the centre, how many to keep, and whether another hop follows. */
const hopParams = (q: NeighbourhoodQuery) => ({
  key: q.key,
  keep: q.limit,
  frontierSize: BOUNDS.frontier,
  moreHops: q.depth > 1,
  types: q.types ?? null,
});

/**
 * The centre and, when its whole degree fits the budget, its first hop (one statement); null for an unknown key. A
 * hub's record carries its degree by type instead, and `runHops` samples it.
 */
export async function startNeighbourhood(db: GraphDatabase, q: NeighbourhoodQuery): Promise<Rec | null> {
  const rows = await db.read(NEIGHBOURHOOD_START, {
    ...hopParams(q),
    budget: BOUNDS.firstHop(q.limit),
    // A small centre's one-hop view reads the edges among its nodes in the same statement.
    withEdges: q.depth === 1,
    scan: BOUNDS.perNode,
    // Enough for the most nodes the view can keep; the caller cuts the list to what it kept.
    edgeLimit: (q.limit + 1) * BOUNDS.edgesPerNode,
  });
  return recordFromRows(rows, START_ROWS);
}

/**
 * A centre read whole is exact (and a one-hop view of it has its edges already); a hub, or a view narrowed to some
 * types, is sampled type by type, its budget shared out by degree per type, and its edges read once the hops are done.
 * `degreeByType` is what the view reaches through (the types asked for); `centreDegreeByType` all of the centre's.
 */
export async function firstHop(db: GraphDatabase, q: NeighbourhoodQuery, start: Rec) {
  if (start.get('degreeByType') === null) {
    const sampled = readSampled(start);
    const degreeByType: Counts<RelationshipType> = {};
    for (const s of sampled) degreeByType[s.type] = (degreeByType[s.type] ?? 0) + s.count;
    return {
      rec: start,
      sampled,
      degreeByType,
      centreDegreeByType: degreeByType,
      take: degreeByType,
      edges: q.depth === 1 ? (start.get('edges') as Link[]) : null,
    };
  }
  const centreDegreeByType: Counts<RelationshipType> = {};
  for (const [t, n] of Object.entries(start.get('degreeByType') as object) as [RelationshipType, unknown][])
    if (Number(n) > 0) centreDegreeByType[t] = Number(n);
  const degreeByType = q.types ? pick(centreDegreeByType, q.types) : centreDegreeByType;
  const take = shareBudget(degreeByType, BOUNDS.firstHop(q.limit));
  const none = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0]));
  const rec = recordFromRows(
    await db.read(FIRST_HOP_SAMPLED, { ...hopParams(q), take: { ...none, ...take } }),
    HOP_ROWS,
  )!;
  return { rec, sampled: readSampled(rec), degreeByType, centreDegreeByType, take, edges: null };
}

function pick(counts: Counts<RelationshipType>, types: readonly RelationshipType[]): Counts<RelationshipType> {
  const out: Counts<RelationshipType> = {};
  for (const t of types) if (counts[t]) out[t] = counts[t];
  return out;
}

function readSampled(rec: Rec): Sampled {
  return (rec.get('sampled') as { type: RelationshipType; label: EntityLabel; count: unknown }[]).map((s) => ({
    ...s,
    count: Number(s.count),
  }));
}
