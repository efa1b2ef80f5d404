// The path finder's limits: family ticks become the type list the API gets, and an empty answer names its limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERY_PATH_TYPE, noPathText, withFamily } from '../../client/src/path/path-query.ts';
import { RELATION_FAMILIES } from '../../client/src/graph/style.ts';
import { MAX_PATH_STEPS } from '../../client/src/state/view-state.ts';
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';
import { PATH_MAX_HOPS } from '../../server/db/cypher/path.ts';

describe('path limits', () => {
  it('offers the API its own bounds: up to its longest path, and every type once, family by family', () => {
    expect(MAX_PATH_STEPS).toBe(PATH_MAX_HOPS);
    expect([...EVERY_PATH_TYPE].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    expect(new Set(EVERY_PATH_TYPE).size).toBe(EVERY_PATH_TYPE.length);
  });

  it('unticking a family leaves every other type; ticking it again lifts the restriction', () => {
    const backing = RELATION_FAMILIES.find((f) => f.name === 'Backing')!.types;
    const without = withFamily(null, backing, false);
    expect(without).toEqual(EVERY_PATH_TYPE.filter((t) => t !== 'BACKS'));
    expect(withFamily(without, backing, true)).toBeNull();
  });

  it('after any ticks and unticks, the types are exactly those of the families left ticked', () => {
    const toggle = fc.record({ family: fc.integer({ min: 0, max: RELATION_FAMILIES.length - 1 }), on: fc.boolean() });
    fc.assert(
      fc.property(fc.array(toggle, { maxLength: 20 }), (toggles) => {
        let types: ReturnType<typeof withFamily> = null;
        const ticked = new Set(RELATION_FAMILIES.map((_, i) => i));
        for (const { family, on } of toggles) {
          types = withFamily(types, RELATION_FAMILIES[family]!.types, on);
          if (on) ticked.add(family);
          else ticked.delete(family);
        }
        const expected = RELATION_FAMILIES.filter((_, i) => ticked.has(i)).flatMap((f) => f.types);
        if (ticked.size === RELATION_FAMILIES.length) expect(types).toBeNull();
        else expect([...types!].sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('an empty answer names the limits the reader set, and which to loosen', () => {
    expect(noPathText({ from: 'a', to: 'b', date: null })).toEqual({
      limits: ' within 6 steps',
      retry: 'Pick an entity closer to one end.',
    });
    expect(noPathText({ from: 'a', to: 'b', date: '2015-06-01' })).toEqual({
      limits: ' within 6 steps through facts valid on 2015-06-01',
      retry: 'Try without the date, or pick an entity closer to one end.',
    });
    expect(noPathText({ from: 'a', to: 'b', date: null, max: 1, types: ['BACKS', 'OPPOSES', 'ALLIED_WITH'] })).toEqual({
      limits: ' within 1 step using only backs, opposes or allied with',
      retry: 'Try with more steps or through every relationship, or pick an entity closer to one end.',
    });
  });
});
