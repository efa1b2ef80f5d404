// The path finder's limits as plain functions: which relationship types a family tick leaves, and how an empty answer
// names the limits that caused it.
import type { RelationshipType } from '../../../server/contract.ts';
import { humanize, RELATION_FAMILIES } from '../graph/style.ts';
import { MAX_PATH_STEPS, type PathQuery } from '../state/view-state.ts';

/** Every type, family by family: the families are the legend's, and between them they hold every type once. */
export const EVERY_PATH_TYPE = RELATION_FAMILIES.flatMap((f) => f.types);

/** Types after ticking or unticking one family. Everything ticked is no restriction (null): short request and link. */
export function withFamily(
  current: RelationshipType[] | null,
  family: RelationshipType[],
  on: boolean,
): RelationshipType[] | null {
  const chosen = new Set(current ?? EVERY_PATH_TYPE);
  for (const t of family) {
    if (on) chosen.add(t);
    else chosen.delete(t);
  }
  return chosen.size === EVERY_PATH_TYPE.length ? null : EVERY_PATH_TYPE.filter((t) => chosen.has(t));
}

/** "a", "a or b", "a, b or c" */
export const orList = (items: string[]) =>
  items.slice(0, -1).join(', ') + (items.length > 1 ? ' or ' : '') + (items.at(-1) ?? '');

/** The types a path was limited to, in words ("using only backs or opposes"), or '' when it may use any. */
export const usingOnly = (types: RelationshipType[] | undefined) =>
  types ? ` using only ${orList(types.map(humanize))}` : '';

/** Why nothing was found, in the reader's own limits, and which of them to loosen. */
export function noPathText({ date, max, types }: PathQuery): { limits: string; retry: string } {
  const steps = max ?? MAX_PATH_STEPS;
  const limits =
    ` within ${steps} ${steps === 1 ? 'step' : 'steps'}` +
    usingOnly(types) +
    (date ? ` through facts valid on ${date}` : '');
  const loosen = [date && 'without the date', max && 'with more steps', types && 'through every relationship'];
  const chosen = loosen.filter((x): x is string => !!x);
  const retry = chosen.length
    ? `Try ${orList(chosen)}, or pick an entity closer to one end.`
    : 'Pick an entity closer to one end.';
  return { limits, retry };
}
