// Which requests queue for the few heavy slots: multi-hop walks, whole-graph views and the console, never lookups.
import { describe, expect, it } from 'vitest';
import { isHeavy } from '../../server/http/heavy-requests.ts';

const req = (path: string, query: Record<string, string> = {}) => ({ path, query });

describe('isHeavy', () => {
  it.each([
    ['/cypher'],
    ['/path'],
    ['/network/factions'],
    ['/facts'],
    ['/places'],
    ['/time/events'],
    ['/nodes/hts/lineage'],
  ])('%s is heavy', (path) => expect(isHeavy(req(path))).toBe(true));

  it.each([['/nodes/hts'], ['/relationships/r1'], ['/search'], ['/time/span'], ['/health'], ['/nodes/hts/timeline']])(
    '%s is not',
    (path) => expect(isHeavy(req(path))).toBe(false),
  );

  it('counts a neighbourhood as heavy from two hops', () => {
    expect(isHeavy(req('/nodes/hts/neighborhood', { depth: '1' }))).toBe(false);
    expect(isHeavy(req('/nodes/hts/neighborhood', { depth: '2' }))).toBe(true);
  });
});
