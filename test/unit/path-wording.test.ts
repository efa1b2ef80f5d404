// Paths in words: each relationship read in the direction the path walks it.
import { describe, expect, it } from 'vitest';
import type { RelationshipType } from '../../server/contract.ts';
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';
import { pathSegments, pathSentence, relationPhrase, type PathLookup } from '../../client/src/path/path-wording.ts';

const names: Record<string, string> = {
  hezbollah: 'Hezbollah',
  'assad-government': 'Assad government',
  hts: 'HTS',
  saa: 'Syrian Arab Army',
};
const edges: Record<string, { source: string; relType: RelationshipType }> = {
  'hezbollah>BACKS>assad-government': { source: 'hezbollah', relType: 'BACKS' },
  'hts>OPPOSES>assad-government': { source: 'hts', relType: 'OPPOSES' },
  'hezbollah>ALLIED_WITH>saa': { source: 'hezbollah', relType: 'ALLIED_WITH' },
  'saa>OPPOSES>hts': { source: 'saa', relType: 'OPPOSES' },
};
const lookup: PathLookup = { name: (n) => names[n] ?? n, edge: (k) => edges[k] ?? null };

describe('path wording', () => {
  it('reads a relationship walked backwards from the other side', () => {
    const sentence = pathSentence(
      pathSegments(
        {
          nodes: ['hezbollah', 'assad-government', 'hts'],
          edges: ['hezbollah>BACKS>assad-government', 'hts>OPPOSES>assad-government'],
        },
        lookup,
      ),
    );
    expect(sentence).toBe('Hezbollah — backs — Assad government — opposed by — HTS');
  });

  it('reads the same path the other way with the verbs turned round', () => {
    const sentence = pathSentence(
      pathSegments(
        {
          nodes: ['hts', 'assad-government', 'hezbollah'],
          edges: ['hts>OPPOSES>assad-government', 'hezbollah>BACKS>assad-government'],
        },
        lookup,
      ),
    );
    expect(sentence).toBe('HTS — opposes — Assad government — backed by — Hezbollah');
  });

  it('keeps symmetric ties symmetric', () => {
    const s = pathSegments({ nodes: ['saa', 'hezbollah'], edges: ['hezbollah>ALLIED_WITH>saa'] }, lookup);
    expect(pathSentence(s)).toBe('Syrian Arab Army — allied with — Hezbollah');
  });

  it('gives every relationship type a phrase both ways, different unless the tie is symmetric', () => {
    for (const t of RELATIONSHIP_TYPES) {
      expect(relationPhrase(t, true)).toMatch(/^[a-z ]+$/);
      expect(relationPhrase(t, false)).toMatch(/^[a-z ]+$/);
      if (t !== 'ALLIED_WITH') expect(relationPhrase(t, false), t).not.toBe(relationPhrase(t, true));
    }
  });

  it('alternates nodes and relationships, keyed for selection', () => {
    const s = pathSegments({ nodes: ['hezbollah', 'saa'], edges: ['hezbollah>ALLIED_WITH>saa'] }, lookup);
    expect(s.map((x) => `${x.kind}:${x.key}`)).toEqual([
      'node:hezbollah',
      'edge:hezbollah>ALLIED_WITH>saa',
      'node:saa',
    ]);
  });
});
