// Citations of synthetic Source nodes, stored in the same parallel lists as the story's, disputes included.
import neo4j from 'neo4j-driver';
import type { Citation } from '../model/records.ts';
import { toProvenance } from '../provenance.ts';
import type { Random } from './random.ts';
import type { ZipfSampler } from './zipf-sampler.ts';

export interface SourcePool {
  ids: string[];
  paragraphs: number[];
  /** A few sources are cited far more than the rest, as in a real corpus. */
  sampler: ZipfSampler;
}

/** Share of records whose sources disagree on a date, as the story's disputes do. */
const DISPUTE_RATE = 0.03;

/**
 * One to three citations; when `field` is given, each supports that field's value, and now and then a second source
 * gives another value (recorded as a dispute with a note, the record keeping the first source's value).
 */
export function cite(
  rng: Random,
  pool: SourcePool,
  claim: string,
  field?: { name: string; value: string; alternative: () => string },
): Record<string, unknown> {
  const citations: Citation[] = [];
  const count = rng.chance(0.6) ? 1 : rng.chance(0.7) ? 2 : 3;
  for (let i = 0; i < count; i++) {
    const s = pool.sampler.draw(rng);
    const c: Citation = { src: pool.ids[s]!, para: rng.int(1, pool.paragraphs[s]!), claim };
    if (field && i === 0) Object.assign(c, { field: field.name, value: field.value });
    citations.push(c);
  }
  let note: string | undefined;
  if (field && rng.chance(DISPUTE_RATE)) {
    const s = pool.sampler.draw(rng);
    const other = field.alternative();
    if (other !== field.value) {
      citations.push({
        src: pool.ids[s]!,
        para: rng.int(1, pool.paragraphs[s]!),
        claim,
        field: field.name,
        value: other,
      });
      note = `Synthetic dispute: sources differ on ${field.name}; the first source's value is recorded.`;
    }
  }
  const prov = toProvenance(citations, note);
  return { ...prov, source_paras: prov.source_paras.map((p) => neo4j.int(p)) };
}
