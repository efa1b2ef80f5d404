// Louvain communities of what is in view, on demand: cooperative ties only, reproducible, cached per view.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { RelationshipType } from '../../../server/contract.ts';
import type { ExplorerGraph } from './graph-model.ts';
import { COMMUNITY_COLORS, NO_COMMUNITY } from './style.ts';

/** Hostility joins opponents: counting it would put enemies in one community. */
const IGNORED: ReadonlySet<RelationshipType> = new Set(['OPPOSES']);

export interface Community {
  id: number;
  color: string;
  /** Largest (most connected) members first. */
  members: string[];
}

export interface Communities {
  of: Map<string, Community>;
  list: Community[];
  modularity: number;
}

/** A seeded generator so the same view always splits the same way (shared links reopen the same colours). */
function rng(seed = 42): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

export function detectCommunities(graph: ExplorerGraph, visible: (node: string) => boolean): Communities {
  const g = new UndirectedGraph();
  graph.forEachNode((n) => visible(n) && g.addNode(n));
  graph.forEachEdge((_e, a, s, t) => {
    if (IGNORED.has(a.relType) || s === t || !g.hasNode(s) || !g.hasNode(t)) return;
    g.updateEdge(s, t, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
  });
  const { communities, modularity } = louvain.detailed(g, { rng: rng(), getEdgeWeight: 'weight' });
  const groups = new Map<number, string[]>();
  for (const [n, c] of Object.entries(communities)) groups.set(c, [...(groups.get(c) ?? []), n]);
  const list = [...groups.values()]
    .map((members) => members.sort((a, b) => g.degree(b) - g.degree(a) || a.localeCompare(b)))
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!))
    .map((members, id) => ({
      id,
      members,
      color: members.length > 1 ? (COMMUNITY_COLORS[id] ?? NO_COMMUNITY) : NO_COMMUNITY,
    }));
  const of = new Map<string, Community>();
  for (const c of list) for (const m of c.members) of.set(m, c);
  return { of, list, modularity };
}

let cached: { key: string; result: Communities } | null = null;

/** Recomputed when the graph or the filters change (the caller folds both into `key`). */
export function communitiesFor(graph: ExplorerGraph, visible: (node: string) => boolean, key: string): Communities {
  if (cached?.key !== key) cached = { key, result: detectCommunities(graph, visible) };
  return cached.result;
}
