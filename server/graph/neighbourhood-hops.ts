// Runs the hops of a bounded neighbourhood and keeps the books: what each hop kept, left out, and could not read.
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';
import type { EntityLabel, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { CENTRE_DEGREES, FIRST_HOP_ALL, FIRST_HOP_SAMPLED, NEXT_HOP } from '../db/cypher/neighbourhood.ts';
import {
  addCounts,
  scaleCounts,
  shareBudget,
  spreadLike,
  unreadBeyondFrontier,
  unreadByLabel,
  type Counts,
} from './neighbourhood-budget.ts';

/** The bounds, in relationships read: what keeps a 25,000-link hub as cheap as a village. */
export const BOUNDS = {
  /** Relationships of the centre sampled (split across types): a few candidates per slot shown. */
  firstHop: (limit: number) => Math.min(2000, Math.max(400, limit * 4)),
  /** Nodes of one hop expanded into the next, best ranked first. */
  frontier: 100,
  /** Relationships read from each frontier node, and from each kept node when looking for edges among them. */
  perNode: 100,
  /** Edges shown per node: a few per node is what a reader can follow. */
  edgesPerNode: 10,
} as const;

/** A relationship as the slim projections send it: type, ends by dataset id, domain properties. */
export interface Link {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export interface KeptNode {
  key: string;
  props: Record<string, unknown>;
  entityType: EntityLabel;
  rels: Link[];
}

interface Hop {
  kept: KeptNode[];
  frontier: { key: string; degree: number }[];
  omitted: { label: EntityLabel; count: number }[];
  candidateKeys: string[];
  candidateCount: number;
}

const num = (v: unknown) => Number(v);

function readHop(rec: { get(key: string): unknown }): Hop {
  return {
    kept: rec.get('kept') as KeptNode[],
    frontier: (rec.get('frontier') as { key: string; degree: unknown }[]).map((f) => ({ ...f, degree: num(f.degree) })),
    omitted: (rec.get('omitted') as { label: EntityLabel; count: unknown }[]).map((o) => ({
      ...o,
      count: num(o.count),
    })),
    candidateKeys: rec.get('candidateKeys') as string[],
    candidateCount: num(rec.get('candidateCount')),
  };
}

export interface HopsResult {
  kept: KeptNode[];
  /** Candidates seen but not kept, by label: exact. */
  omitted: Counts<EntityLabel>;
  /** Neighbours beyond what was read, by label: estimated from the relationships left unread. */
  unread: Counts<EntityLabel>;
  /** The centre's relationships by type: exact either way. */
  degreeByType: Counts<RelationshipType>;
}

type Sampled = { type: RelationshipType; label: EntityLabel; count: number }[];

/** A centre that fits the budget is read whole (one simple statement); a hub is sampled type by type. */
async function firstHop(db: GraphDatabase, q: { key: string; depth: number; limit: number }, degree: number) {
  const budget = BOUNDS.firstHop(q.limit);
  const common = { key: q.key, keep: q.limit, frontierSize: BOUNDS.frontier, moreHops: q.depth > 1 };
  if (degree <= budget) {
    const [rec] = await db.read(FIRST_HOP_ALL, common);
    const sampled = readSampled(rec!);
    const degreeByType: Counts<RelationshipType> = {};
    for (const s of sampled) degreeByType[s.type] = (degreeByType[s.type] ?? 0) + s.count;
    return { rec: rec!, sampled, degreeByType, take: degreeByType };
  }
  const [d] = await db.read(CENTRE_DEGREES, { key: q.key });
  const degreeByType: Counts<RelationshipType> = {};
  for (const [t, n] of Object.entries(d!.get('degreeByType') as object) as [RelationshipType, unknown][])
    if (num(n) > 0) degreeByType[t] = num(n);
  const take = shareBudget(degreeByType, budget);
  const none = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0]));
  const [rec] = await db.read(FIRST_HOP_SAMPLED, { ...common, take: { ...none, ...take } });
  return { rec: rec!, sampled: readSampled(rec!), degreeByType, take };
}

function readSampled(rec: { get(key: string): unknown }): Sampled {
  return (rec.get('sampled') as { type: RelationshipType; label: EntityLabel; count: unknown }[]).map((s) => ({
    ...s,
    count: num(s.count),
  }));
}

export async function runHops(
  db: GraphDatabase,
  q: { key: string; depth: number; limit: number },
  degree: number,
): Promise<HopsResult> {
  const { rec: first, sampled, degreeByType, take } = await firstHop(db, q, degree);
  let hop = readHop(first);
  const out: HopsResult = { kept: [], omitted: {}, unread: {}, degreeByType };
  const absorb = (h: Hop) => {
    out.kept.push(...h.kept);
    for (const o of h.omitted) out.omitted[o.label] = (out.omitted[o.label] ?? 0) + o.count;
  };
  absorb(hop);
  // Unread relationships become neighbours at the rate the sample turned relationships into distinct nodes.
  const read = sampled.reduce((a, s) => a + s.count, 0);
  addCounts(
    out.unread,
    scaleCounts(unreadByLabel(degreeByType, take, sampled), hop.candidateCount / Math.max(1, read)),
  );

  const seen = [q.key, ...hop.candidateKeys];
  for (let d = 2; d <= q.depth; d++) {
    const [rec] = await db.read(NEXT_HOP, {
      frontier: hop.frontier.map((f) => f.key),
      perNode: BOUNDS.perNode,
      seen,
      keep: Math.max(0, q.limit - out.kept.length),
      frontierSize: BOUNDS.frontier,
      moreHops: d < q.depth,
    });
    const next = readHop(rec!);
    const labels: Counts<EntityLabel> = {};
    for (const k of next.kept) labels[k.entityType] = (labels[k.entityType] ?? 0) + 1;
    for (const o of next.omitted) labels[o.label] = (labels[o.label] ?? 0) + o.count;
    // Candidates of the previous hop beyond the frontier were never expanded; capped frontier nodes only partly.
    const unexpanded = hop.candidateCount - hop.frontier.length;
    const unreadRels = unreadBeyondFrontier(hop.frontier, BOUNDS.perNode) + Math.max(0, unexpanded);
    const readRels = hop.frontier.reduce((a, f) => a + Math.min(f.degree, BOUNDS.perNode), 0);
    addCounts(out.unread, spreadLike(Math.round((unreadRels * next.candidateCount) / Math.max(1, readRels)), labels));
    absorb(next);
    seen.push(...next.candidateKeys);
    hop = next;
  }
  return out;
}
