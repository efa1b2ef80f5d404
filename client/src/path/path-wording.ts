// A found path in words, "Hezbollah — backs — Assad government — opposed by — HTS", each verb read in the walking direction.
import type { RelationshipType } from '../../../server/contract.ts';
import type { FoundPath } from '../state/view-state.ts';

/** How `source —[TYPE]→ target` reads from the source's side… */
const FORWARD: Record<RelationshipType, string> = {
  LEADS: 'leads',
  MEMBER_OF: 'member of',
  FOUNDED: 'founded',
  SUCCEEDED: 'succeeded',
  SPLIT_FROM: 'split from',
  MERGED_INTO: 'merged into',
  AFFILIATED_WITH: 'affiliated with',
  PART_OF: 'part of',
  ALLIED_WITH: 'allied with',
  OPPOSES: 'opposes',
  BACKS: 'backs',
  PARTICIPATED_IN: 'took part in',
  OCCURRED_IN: 'occurred in',
  CAPTURED: 'captured',
  WITHDREW_FROM: 'withdrew from',
  CONTROLS: 'controls',
  BASED_IN: 'based in',
  LOCATED_IN: 'located in',
  KILLED_IN: 'killed in',
  FLED_TO: 'fled to',
};

/** …and from the target's side, when the path walks the relationship backwards. */
const BACKWARD: Record<RelationshipType, string> = {
  LEADS: 'led by',
  MEMBER_OF: 'has member',
  FOUNDED: 'founded by',
  SUCCEEDED: 'succeeded by',
  SPLIT_FROM: 'saw the breakaway of',
  MERGED_INTO: 'absorbed',
  AFFILIATED_WITH: 'had as affiliate',
  PART_OF: 'includes',
  ALLIED_WITH: 'allied with',
  OPPOSES: 'opposed by',
  BACKS: 'backed by',
  PARTICIPATED_IN: 'involved',
  OCCURRED_IN: 'scene of',
  CAPTURED: 'captured by',
  WITHDREW_FROM: 'abandoned by',
  CONTROLS: 'controlled by',
  BASED_IN: 'base of',
  LOCATED_IN: 'contains',
  KILLED_IN: 'killed',
  FLED_TO: 'refuge of',
};

export function relationPhrase(type: RelationshipType, forward: boolean): string {
  return (forward ? FORWARD : BACKWARD)[type];
}

/** What the wording needs to know about the graph: names, and each edge's type and direction. */
export interface PathLookup {
  name(node: string): string;
  edge(key: string): { source: string; relType: RelationshipType } | null;
}

export type PathSegment = { kind: 'node'; key: string; text: string } | { kind: 'edge'; key: string; text: string };

export function pathSegments(path: FoundPath, lookup: PathLookup): PathSegment[] {
  const out: PathSegment[] = [];
  path.nodes.forEach((node, i) => {
    out.push({ kind: 'node', key: node, text: lookup.name(node) });
    const edgeKey = path.edges[i];
    if (edgeKey === undefined) return;
    const e = lookup.edge(edgeKey);
    out.push({ kind: 'edge', key: edgeKey, text: e ? relationPhrase(e.relType, e.source === node) : '?' });
  });
  return out;
}

export const pathSentence = (segments: PathSegment[]) => segments.map((s) => s.text).join(' — ');
