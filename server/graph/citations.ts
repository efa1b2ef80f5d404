// Provenance lists stored on a node or relationship → citations with their source documents, disputes flagged.
import type { CitationView, SourceSummary } from '../contract.ts';
import { toPlain } from '../db/to-plain.ts';

type Props = Record<string, unknown>;

export function sourceSummary(props: Props): SourceSummary {
  const p = toPlain(props) as Record<string, string | undefined>;
  return {
    key: String(p.id),
    name: String(p.name),
    kind: String(p.kind),
    file: String(p.file),
    ...(p.publisher ? { publisher: p.publisher } : {}),
    date: String(p.date),
    dateRole: String(p.date_role),
    trust: String(p.trust),
  };
}

export function citationsOf(props: Props, sources: SourceSummary[]): CitationView[] {
  const ids = (props.source_ids as string[] | undefined) ?? [];
  const paras = (toPlain(props.source_paras) as number[] | null) ?? [];
  const claims = (props.source_claims as string[] | undefined) ?? [];
  const fields = (props.source_fields as string[] | undefined) ?? [];
  const values = (props.source_values as string[] | undefined) ?? [];
  return ids.map((id, i) => {
    const source = sources.find((s) => s.key === id) ?? {
      key: id,
      name: id,
      kind: 'unknown',
      file: '',
      date: '',
      dateRole: '',
      trust: '',
    };
    return {
      source,
      para: paras[i] ?? 0,
      claim: claims[i] ?? '',
      ...(fields[i] ? { field: fields[i] } : {}),
      ...(values[i] ? { value: values[i] } : {}),
    };
  });
}

export function disputeOf(props: Props): { disputed: boolean; disputedFields: string[]; disputeNote?: string } {
  return {
    disputed: props.disputed === true,
    disputedFields: (props.disputed_fields as string[] | undefined) ?? [],
    ...(typeof props.dispute_note === 'string' ? { disputeNote: props.dispute_note } : {}),
  };
}
