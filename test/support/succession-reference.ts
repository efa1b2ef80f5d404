// Lineage worked out in plain TypeScript from generated relationship rows: what the lineage statements must find.
// Written apart from server/db/cypher/lineage.ts on purpose, so a wrong type or direction there cannot agree with it.
import type { RelRow } from '../../seed/to-rows.ts';

const SUCCESSION = new Set(['SUCCEEDED', 'SPLIT_FROM', 'MERGED_INTO', 'FOUNDED']);
/** (newer)-[:SUCCEEDED|SPLIT_FROM]->(older), but (older)-[:MERGED_INTO|FOUNDED]->(newer). */
const NEWER_IS_SOURCE = new Set(['SUCCEEDED', 'SPLIT_FROM']);

export interface Succession {
  /** Steps from `from` to every group reachable towards `towards`, within `max` steps (breadth-first). */
  steps(from: string, towards: 'older' | 'newer', max: number): Map<string, number>;
}

export function successionOf(rows: Iterable<RelRow>, isGroup: (key: string) => boolean): Succession {
  const toOlder = new Map<string, string[]>();
  const toNewer = new Map<string, string[]>();
  const link = (m: Map<string, string[]>, a: string, b: string) => {
    const out = m.get(a);
    if (out) out.push(b);
    else m.set(a, [b]);
  };
  for (const r of rows) {
    if (!SUCCESSION.has(r.type) || !isGroup(r.from) || !isGroup(r.to)) continue;
    const [newer, older] = NEWER_IS_SOURCE.has(r.type) ? [r.from, r.to] : [r.to, r.from];
    link(toOlder, newer, older);
    link(toNewer, older, newer);
  }
  return {
    steps(from, towards, max) {
      const next = towards === 'older' ? toOlder : toNewer;
      const seen = new Map<string, number>();
      let frontier = [from];
      for (let d = 1; d <= max && frontier.length; d++) {
        const found: string[] = [];
        for (const g of frontier)
          for (const n of next.get(g) ?? [])
            if (n !== from && !seen.has(n)) {
              seen.set(n, d);
              found.push(n);
            }
        frontier = found;
      }
      return seen;
    },
  };
}
