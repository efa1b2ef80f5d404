// The date span a seed keeps on its marker: exactly the min, max and years of every entity and relationship date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateSpan, NODE_DATE_FIELDS, RELATIONSHIP_DATE_FIELDS } from '../../seed/date-span.ts';
import type { NodeRow, RelRow } from '../../seed/to-rows.ts';
import { ENTITY_LABELS } from '../../seed/model/vocabulary.ts';

/** ISO dates of the three precisions the data uses. */
const isoDate = fc
  .tuple(fc.integer({ min: 1970, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .chain(([y, m, d]) =>
    fc.constantFrom(
      String(y),
      `${y}-${String(m).padStart(2, '0')}`,
      `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  );
const datedProps = (fields: readonly string[]) =>
  fc.record(Object.fromEntries(fields.map((f) => [f, isoDate])), { requiredKeys: [] });
const nodeRow = fc.record({
  id: fc.string(),
  label: fc.constantFrom(...ENTITY_LABELS),
  props: datedProps([...NODE_DATE_FIELDS, 'name']),
}) as fc.Arbitrary<NodeRow>;
const relRow = fc.record({
  id: fc.string(),
  type: fc.constant('ALLIED_WITH'),
  from: fc.string(),
  to: fc.string(),
  props: datedProps([...RELATIONSHIP_DATE_FIELDS, 'role']),
}) as fc.Arbitrary<RelRow>;

describe('DateSpan', () => {
  it('is the earliest and latest date and every year, of entities but documents and of relationships', () => {
    fc.assert(
      fc.property(fc.array(nodeRow), fc.array(relRow), (nodes, rels) => {
        const dates = [
          ...nodes.filter((n) => n.label !== 'Source').flatMap((n) => NODE_DATE_FIELDS.map((f) => n.props[f])),
          ...rels.flatMap((r) => RELATIONSHIP_DATE_FIELDS.map((f) => r.props[f])),
        ].filter((d): d is string => typeof d === 'string');
        const span = new DateSpan();
        nodes.forEach((n) => span.addNode(n));
        const passed = [...span.through(rels)];
        const p = span.params();
        expect(passed).toEqual(rels);
        expect(DateSpan.of({ nodes, relationships: rels }).params()).toEqual(p);
        expect(p.earliest).toBe(dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : null);
        expect(p.latest).toBe(dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null);
        expect(p.years.map(Number)).toEqual(
          [...new Set(dates.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b),
        );
      }),
    );
  });

  it('orders dates of different precision as the slider does: a year before its months, a month before its days', () => {
    const span = new DateSpan();
    span.addRelationship({ id: 'r', type: 'CAPTURED', from: 'a', to: 'b', props: { date: '2024-12-05' } });
    span.addNode({ id: 'e', label: 'Event', props: { date: '2024-12', end_date: '2024' } });
    span.addNode({ id: 's', label: 'Source', props: { date: '2011' } });
    expect(span.params()).toMatchObject({ earliest: '2024', latest: '2024-12-05' });
    expect(span.params().years.map(Number)).toEqual([2024]);
  });
});
