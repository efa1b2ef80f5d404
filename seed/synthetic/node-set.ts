// What the node generators hand the relationship generator: rows plus, per label, ids and names in rank order.
import { normalizeName } from '../model/normalize-name.ts';
import type { EntityLabel } from '../model/vocabulary.ts';
import type { NodeRow } from '../to-rows.ts';

/** Rank 0 is the biggest hub of its label: relationship endpoints are drawn with weights falling by rank. */
export interface RankedNodes {
  ids: string[];
  names: string[];
}

export class NodeSet {
  readonly rows: NodeRow[] = [];
  readonly byLabel = {} as Record<EntityLabel, RankedNodes>;

  add(label: EntityLabel, id: string, props: Record<string, unknown>): void {
    const name = String(props.name);
    const aliases = (props.aliases as string[] | undefined) ?? [];
    const ranked = (this.byLabel[label] ??= { ids: [], names: [] });
    ranked.ids.push(id);
    ranked.names.push(name);
    this.rows.push({
      id,
      label,
      props: { id, ...props, search_names: [...new Set([name, ...aliases].map(normalizeName))] },
    });
  }

  count(label: EntityLabel): number {
    return this.byLabel[label]?.ids.length ?? 0;
  }
}

/** "syn-place-000042": sortable, kebab-case like the story's ids, and plainly synthetic. */
export function syntheticId(kind: string, rank: number): string {
  return `syn-${kind}-${String(rank).padStart(6, '0')}`;
}
