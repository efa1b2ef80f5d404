// Who a day-list line names for a capture or withdrawal: those leading it when roles say so, and how many more there are.
import type { DatedHappening } from '../../../server/contract.ts';
import { count } from '../ui/counts.ts';

const LEADING = /lead|attack|captur|command/i;

/** Null for plain events (their participants are in the details panel). The server lists 20 actors at most. */
export function whoDidIt(h: DatedHappening): string | null {
  if (h.kind === 'event') return null;
  const leading = h.actors.filter((a) => !a.role || LEADING.test(a.role));
  const shown = leading.length ? leading : h.actors;
  const named = shown.map((a) => a.name).join(', ');
  // Only when the server left actors out: the story's lines name their leaders alone, as they always have.
  if (h.actorCount <= h.actors.length) return named;
  return `${named} and ${count(h.actorCount - shown.length)} more`;
}
