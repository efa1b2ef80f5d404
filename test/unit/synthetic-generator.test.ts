// The scale generator: deterministic, within the model's vocabulary and endpoint rules, and shaped like a power law.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_RULES, type RelationshipType } from '../../seed/model/relationship-types.ts';
import { isoDate, id as idSchema } from '../../seed/model/records.ts';
import { ENTITY_LABELS, PLACE_KINDS } from '../../seed/model/vocabulary.ts';
import { generateSynthetic } from '../../seed/synthetic/generate-synthetic.ts';

function digest(nodes: number, seed?: string): string {
  const ds = generateSynthetic({ nodes, ...(seed ? { seed } : {}) });
  const h = createHash('sha256').update(JSON.stringify(ds.nodes.rows));
  for (const r of ds.relationships()) h.update(JSON.stringify(r));
  return h.digest('hex');
}

describe('synthetic generator', () => {
  it('gives the same rows for the same size and seed, and different rows for another seed', () => {
    expect(digest(2000)).toBe(digest(2000));
    expect(digest(2000, 'other')).not.toBe(digest(2000));
  });

  const ds = generateSynthetic({ nodes: 5000 });
  const rels = [...ds.relationships()];
  const labelOf = new Map(ds.nodes.rows.map((n) => [n.id, n.label]));

  it('makes the nodes asked for, every label present, ids unique and well-formed, ~5 relationships per node', () => {
    expect(ds.nodes.rows).toHaveLength(5000);
    expect(new Set(ds.nodes.rows.map((n) => n.id)).size).toBe(5000);
    for (const label of ENTITY_LABELS) expect(ds.nodes.count(label)).toBeGreaterThan(10);
    for (const n of ds.nodes.rows) expect(idSchema.safeParse(n.id).success, n.id).toBe(true);
    expect(rels).toHaveLength(25_000);
    expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
  });

  it('joins only the labels the model allows for each type, with no self-loops', () => {
    const broken = rels.filter((r) => {
      const rule = RELATIONSHIP_RULES[r.type as RelationshipType];
      const [from, to] = [labelOf.get(r.from)!, labelOf.get(r.to)!];
      return !rule || !(rule.from as readonly string[]).includes(from) || !(rule.to as readonly string[]).includes(to);
    });
    expect(broken.map((r) => `${r.from}-[:${r.type}]->${r.to}`)).toEqual([]);
    expect(rels.filter((r) => r.from === r.to)).toEqual([]);
  });

  it('has a few hubs and a long tail of nodes with a handful of links', () => {
    const degree = new Map<string, number>();
    for (const r of rels) for (const k of [r.from, r.to]) degree.set(k, (degree.get(k) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(50 * median);
    expect(median).toBeLessThanOrEqual(5);
  });

  it('dates are ISO with their precision, places have coordinates in the region, provenance cites Sources', () => {
    const sources = new Set(ds.nodes.byLabel.Source.ids);
    for (const n of ds.nodes.rows) {
      const p = n.props;
      for (const f of ['date', 'founded', 'born', 'end_date']) {
        if (p[f] === undefined) continue;
        expect(isoDate.safeParse(p[f]).success, `${n.id}.${f}`).toBe(true);
        expect(p[`${f}_precision`]).toMatch(/^(day|month|year)$/);
      }
      if (n.label === 'Place') {
        expect(PLACE_KINDS).toContain(p.kind);
        expect(p.lat as number).toBeGreaterThan(29);
        expect(p.lon as number).toBeGreaterThan(33);
      }
      if (n.label !== 'Source') for (const s of p.source_ids as string[]) expect(sources.has(s)).toBe(true);
    }
    expect(rels.some((r) => r.props.disputed === true)).toBe(true);
  });
});
