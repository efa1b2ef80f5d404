// Synthetic Source documents: the targets of every synthetic citation, some cited far more than others.
import neo4j from 'neo4j-driver';
import { SOURCE_PUBLISHERS } from './name-parts.ts';
import type { NodeSet } from './node-set.ts';
import { syntheticId } from './node-set.ts';
import type { Random } from './random.ts';
import { warDate } from './synthetic-dates.ts';
import { withPrecisions } from '../model/dates.ts';
import type { SourcePool } from './synthetic-provenance.ts';
import { ZipfSampler } from './zipf-sampler.ts';

export function generateSources(rng: Random, nodes: NodeSet, count: number): SourcePool {
  const ids: string[] = [];
  const paragraphs: number[] = [];
  for (let rank = 0; rank < count; rank++) {
    const id = syntheticId('source', rank);
    const kind = rng.weighted({ 'analysis-article': 5, 'encyclopedia-extract': 3, 'ai-summary': 1 });
    const paras = rng.int(20, 120);
    const publisher = rng.pick(SOURCE_PUBLISHERS).replace('-', ' ');
    ids.push(id);
    paragraphs.push(paras);
    nodes.add(
      'Source',
      id,
      withPrecisions({
        name: `Synthetic document ${rank + 1}`,
        aliases: [],
        file: `${String(900 + (rank % 100)).padStart(3, '0')}_${(rank + 0x1000).toString(16)}.txt`,
        kind,
        publisher,
        date: warDate(rng),
        date_role: rng.pick(['written', 'published', 'retrieved']),
        paragraphs: neo4j.int(paras),
        trust: kind === 'ai-summary' ? 'lower' : 'standard',
        description: `A synthetic document for scale testing; it does not exist.`,
      }),
    );
  }
  return { ids, paragraphs, sampler: new ZipfSampler(count, 0.8) };
}
