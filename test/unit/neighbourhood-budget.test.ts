// The arithmetic behind bounded neighbourhoods: budget shares per type, and estimates of what was not read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RelationshipType } from '../../server/contract.ts';
import { shareBudget, unreadBeyondFrontier, unreadByLabel } from '../../server/graph/neighbourhood-budget.ts';

describe('shareBudget', () => {
  it('reads small types whole and splits the rest of the budget among the big ones', () => {
    const take = shareBudget({ LEADS: 3, MEMBER_OF: 10, PARTICIPATED_IN: 20_000, CAPTURED: 9_000 }, 400);
    expect(take).toEqual({ LEADS: 3, MEMBER_OF: 10, CAPTURED: 193, PARTICIPATED_IN: 194 });
  });

  it('reads everything when the whole degree fits', () => {
    expect(shareBudget({ LEADS: 30, MEMBER_OF: 300 }, 400)).toEqual({ LEADS: 30, MEMBER_OF: 300 });
  });

  it('never exceeds the budget (beyond one per type) nor a type’s degree, and reads every type present', () => {
    const types: RelationshipType[] = ['LEADS', 'MEMBER_OF', 'OPPOSES', 'BACKS', 'CAPTURED', 'PARTICIPATED_IN'];
    fc.assert(
      fc.property(
        fc.array(fc.nat(50_000), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 1, max: 5000 }),
        (ds, budget) => {
          const degrees = Object.fromEntries(types.map((t, i) => [t, ds[i]!]));
          const take = shareBudget(degrees, budget);
          const total = Object.values(take).reduce((a, b) => a + (b ?? 0), 0);
          expect(total).toBeLessThanOrEqual(Math.max(budget, types.length));
          for (const t of types) {
            expect(take[t]!).toBeLessThanOrEqual(degrees[t]!);
            if (degrees[t]! > 0) expect(take[t]!).toBeGreaterThan(0);
          }
          if (ds.reduce((a, b) => a + b, 0) <= budget) expect(take).toEqual(degrees);
        },
      ),
    );
  });
});

describe('unreadByLabel', () => {
  it('attributes each type’s unread relationships to labels as the sample saw them', () => {
    const unread = unreadByLabel({ PARTICIPATED_IN: 1000, MEMBER_OF: 50 }, { PARTICIPATED_IN: 100, MEMBER_OF: 50 }, [
      { type: 'PARTICIPATED_IN', label: 'Faction', count: 75 },
      { type: 'PARTICIPATED_IN', label: 'Person', count: 25 },
      { type: 'MEMBER_OF', label: 'Person', count: 50 },
    ]);
    expect(unread).toEqual({ Faction: 675, Person: 225 });
  });

  it('keeps the parts summing to the unread count (largest remainders)', () => {
    const unread = unreadByLabel({ BACKS: 10 }, { BACKS: 3 }, [
      { type: 'BACKS', label: 'Faction', count: 1 },
      { type: 'BACKS', label: 'Person', count: 2 },
    ]);
    expect((unread.Faction ?? 0) + (unread.Person ?? 0)).toBe(7);
  });
});

describe('unreadBeyondFrontier', () => {
  it('counts what capped frontier nodes left unread', () => {
    expect(unreadBeyondFrontier([{ degree: 5000 }, { degree: 40 }, { degree: 101 }], 100)).toBe(4901);
  });
});
