// Validated records → the rows the import statements MERGE: flat properties, date precisions, provenance, search keys.
import neo4j from 'neo4j-driver';
import type { Dataset } from './load-dataset.ts';
import { withPrecisions } from './model/dates.ts';
import { normalizeName } from './model/normalize-name.ts';
import type { EntityLabel } from './model/vocabulary.ts';
import { toProvenance } from './provenance.ts';
import { relationshipKey } from './relationship-key.ts';

export type Props = Record<string, unknown>;
export interface NodeRow {
  id: string;
  label: EntityLabel;
  props: Props;
}
export interface RelRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

/** Whole numbers travel as Neo4j Integers, so Cypher users see 12, not 12.0. */
const asNeo4jNumber = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v);

function extra(props: Props): Props {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, Array.isArray(v) ? v.map(asNeo4jNumber) : asNeo4jNumber(v)]),
  );
}

export function toRows(data: Dataset): { nodes: NodeRow[]; relationships: RelRow[] } {
  const nodes: NodeRow[] = data.sources.map(({ record: { paragraphs, ...s } }) => ({
    id: s.id,
    label: 'Source',
    props: {
      ...withPrecisions(s),
      paragraphs: neo4j.int(paragraphs),
      search_names: [...new Set([s.name, ...s.aliases].map(normalizeName))],
    },
  }));
  for (const { record } of data.nodes) {
    const { label, sources, dispute_note, props, shares_name_with: _shared, ...fields } = record;
    const prov = toProvenance(sources, dispute_note);
    nodes.push({
      id: record.id,
      label,
      props: {
        ...withPrecisions(fields),
        ...extra(props),
        ...prov,
        source_paras: prov.source_paras.map((p) => neo4j.int(p)),
        search_names: [...new Set([record.name, ...record.aliases].map(normalizeName))],
      },
    });
  }
  const relationships = data.relationships.map(({ record }) => {
    const { type, from, to, sources, dispute_note, props, id: _id, ...fields } = record;
    const prov = toProvenance(sources, dispute_note);
    const id = relationshipKey(record);
    return {
      id,
      type,
      from,
      to,
      props: {
        id,
        ...withPrecisions(fields),
        ...extra(props),
        ...prov,
        source_paras: prov.source_paras.map((p) => neo4j.int(p)),
      },
    };
  });
  return { nodes, relationships };
}
