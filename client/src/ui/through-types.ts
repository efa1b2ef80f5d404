// The words for an expansion narrowed to some relationship types, as the status bar and the buttons say it.
import type { RelationshipType } from '../../../server/contract.ts';
import { humanize } from '../graph/style.ts';

/** '' for every type; ' through “opposes”', ' through “opposes” or “backs”' otherwise. */
export function throughTypes(types: readonly RelationshipType[] | undefined): string {
  if (!types?.length) return '';
  const named = types.map((t) => `“${humanize(t)}”`);
  return ` through ${named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named[0]}`;
}
