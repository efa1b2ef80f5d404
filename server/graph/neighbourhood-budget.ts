// The arithmetic of a bounded neighbourhood: how a budget of relationships is shared across types, and how many
// neighbours, by label, lie beyond what was read. Pure, so it is unit-tested without a database.
import type { EntityLabel, RelationshipType } from '../contract.ts';

export type Counts<K extends string> = Partial<Record<K, number>>;

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

/**
 * Water-filling: types with few relationships are read whole, and what is left of the budget is split evenly among
 * the big ones. A node whose whole degree fits in the budget is therefore read completely (its answer is exact).
 */
export function shareBudget(degreeByType: Counts<RelationshipType>, budget: number): Counts<RelationshipType> {
  const types = (Object.keys(degreeByType) as RelationshipType[]).sort(
    (a, b) => degreeByType[a]! - degreeByType[b]! || a.localeCompare(b),
  );
  const take: Counts<RelationshipType> = {};
  let left = budget;
  let remaining = types.filter((t) => degreeByType[t]! > 0).length;
  for (const t of types) {
    const degree = degreeByType[t]!;
    if (degree === 0) {
      take[t] = 0;
      continue;
    }
    const share = Math.max(1, Math.floor(left / remaining));
    take[t] = Math.min(degree, share);
    left -= take[t]!;
    remaining--;
  }
  return take;
}

/** Relationships of each type that the sample did not read, attributed to labels as the read ones were. */
export function unreadByLabel(
  degreeByType: Counts<RelationshipType>,
  take: Counts<RelationshipType>,
  sampled: { type: RelationshipType; label: EntityLabel; count: number }[],
): Counts<EntityLabel> {
  const out: Counts<EntityLabel> = {};
  for (const [type, degree] of Object.entries(degreeByType) as [RelationshipType, number][]) {
    const unread = degree - (take[type] ?? 0);
    if (unread <= 0) continue;
    const seen = sampled.filter((s) => s.type === type);
    const total = seen.reduce((s, x) => s + x.count, 0);
    if (total === 0) continue;
    // Largest-remainder rounding keeps the parts summing to `unread`.
    const parts = seen.map((s) => ({ label: s.label, exact: (unread * s.count) / total }));
    let given = 0;
    for (const p of parts) given += Math.floor(p.exact);
    parts.sort((a, b) => (b.exact % 1) - (a.exact % 1));
    for (const p of parts) {
      const n = Math.floor(p.exact) + (given < unread ? 1 : 0);
      if (n > Math.floor(p.exact)) given++;
      if (n > 0) out[p.label] = (out[p.label] ?? 0) + n;
    }
  }
  return out;
}

/** Relationships a hop could not read: the rest of each frontier node capped at `perNode`. */
export function unreadBeyondFrontier(frontier: { degree: number }[], perNode: number): number {
  return frontier.reduce((a, f) => a + Math.max(0, f.degree - perNode), 0);
}

export function scaleCounts<K extends string>(counts: Counts<K>, factor: number): Counts<K> {
  const out: Counts<K> = {};
  for (const [k, v] of Object.entries(counts) as [K, number][])
    if (Math.round(v * factor) > 0) out[k] = Math.round(v * factor);
  return out;
}

/** Spreads `count` over labels in proportion to `like` (the labels the hop did see). */
export function spreadLike(count: number, like: Counts<EntityLabel>): Counts<EntityLabel> {
  const total = Object.values(like).reduce((a, b) => a + (b ?? 0), 0);
  if (count <= 0 || total === 0) return {};
  const out: Counts<EntityLabel> = {};
  for (const [label, n] of Object.entries(like) as [EntityLabel, number][])
    out[label] = Math.round((count * n) / total);
  return out;
}

export function addCounts<K extends string>(into: Counts<K>, more: Counts<K>): Counts<K> {
  for (const [k, v] of Object.entries(more) as [K, number][]) if (v) into[k] = (into[k] ?? 0) + v;
  return into;
}
