// The client's pure state actions.
import { describe, expect, it } from 'vitest';
import { initialState, reducers } from '../../client/src/state/view-state.ts';

describe('view state actions', () => {
  it('focus starts a fresh view selecting the entity', () => {
    const s = reducers.focus({ ...initialState, expanded: ['x'], error: 'old' }, 'hts');
    expect(s).toMatchObject({ focus: 'hts', selection: { kind: 'node', key: 'hts' }, expanded: [], error: null });
  });

  it('expanded records each node once and its cap, and clears a cap that no longer applies', () => {
    let s = reducers.expanded(initialState, 'hts', { shown: 5, total: 9, omittedByType: { Event: 4 } });
    s = reducers.expanded(s, 'hts', null);
    expect(s.expanded).toEqual(['hts']);
    expect(s.capped).toEqual({});
  });

  it('pending never goes below zero', () => {
    expect(reducers.requestEnded(initialState).pending).toBe(0);
    expect(reducers.requestEnded(reducers.requestStarted(reducers.requestStarted(initialState))).pending).toBe(1);
  });

  it('hover returns the same object when nothing changes, so the renderer is not refreshed for nothing', () => {
    const s = reducers.hover(initialState, null);
    expect(s).toBe(initialState);
  });
});
