// Runs the hops of a bounded neighbourhood and keeps the books: what each hop kept, left out, and could not read.
import type { EntityLabel, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { HOP_ROWS, NEXT_HOP } from '../db/cypher/neighbourhood.ts';
import { recordFromRows } from '../db/record-from-rows.ts';
import {
  addCounts,
  BOUNDS,
  scaleCounts,
  spreadLike,
  unreadBeyondFrontier,
  unreadByLabel,
  type Counts,
} from './neighbourhood-budget.ts';
import { firstHop, type NeighbourhoodQuery, type Rec } from './neighbourhood-first-hop.ts';

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

function readHop(rec: Rec): Hop {
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
  /** The centre's relationships by type, all types whatever the view was narrowed to: exact either way. */
  degreeByType: Counts<RelationshipType>;
  /** The edges among the kept nodes when the first statement read them (a small centre's one-hop view), else null. */
  edges: Link[] | null;
}

export async function runHops(db: GraphDatabase, q: NeighbourhoodQuery, start: Rec): Promise<HopsResult> {
  const { rec: first, sampled, degreeByType, centreDegreeByType, take, edges } = await firstHop(db, q, start);
  let hop = readHop(first);
  const out: HopsResult = { kept: [], omitted: {}, unread: {}, degreeByType: centreDegreeByType, edges };
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
    const rows = await db.read(NEXT_HOP, {
      frontier: hop.frontier.map((f) => f.key),
      perNode: BOUNDS.perNode,
      seen,
      keep: Math.max(0, q.limit - out.kept.length),
      frontierSize: BOUNDS.frontier,
      moreHops: d < q.depth,
      types: q.types ?? null,
    });
    const next = readHop(recordFromRows(rows, HOP_ROWS)!);
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
