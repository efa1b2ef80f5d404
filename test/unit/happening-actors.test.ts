// What a day-list line says of who did it, including when the server listed only the first 20 of thousands.
import { describe, expect, it } from 'vitest';
import { whoDidIt } from '../../client/src/time/happening-actors.ts';
import type { DatedHappening } from '../../server/contract.ts';

const actor = (name: string, role?: string) => ({
  key: name,
  name,
  entityType: 'Faction' as const,
  ...(role ? { role } : {}),
});
const happening = (kind: DatedHappening['kind'], actors: DatedHappening['actors'], actorCount = actors.length) =>
  ({
    select: { kind: 'node', key: 'e' },
    kind,
    date: '2024-12-05',
    actors,
    actorCount,
    places: [],
    placeCount: 0,
    title: 'e',
    disputed: false,
  }) satisfies DatedHappening;

describe('whoDidIt', () => {
  it('names those leading a capture when roles say so, and everyone otherwise', () => {
    expect(whoDidIt(happening('capture', [actor('HTS', 'led the attack'), actor('Jaysh al-Izza', 'supported')]))).toBe(
      'HTS',
    );
    expect(whoDidIt(happening('capture', [actor('HTS', 'supported'), actor('NFL', 'held')]))).toBe('HTS, NFL');
  });

  it('says how many more there are when the server listed only the first ones', () => {
    const listed = Array.from({ length: 20 }, (_, i) => actor(`g${i}`, i < 2 ? 'commander' : 'fighter'));
    expect(whoDidIt(happening('capture', listed, 5680))).toBe('g0, g1 and 5,678 more');
  });

  it('names nobody for a plain event', () => {
    expect(whoDidIt(happening('event', [actor('HTS')]))).toBeNull();
  });
});
