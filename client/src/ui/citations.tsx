// A fact's sources: document, paragraph and claim, with disputes laid out side by side.
import type { CitationView, PropertyValue } from '../../../server/contract.ts';

interface Props {
  citations: CitationView[];
  disputed: boolean;
  disputedFields: string[];
  disputeNote?: string;
  /** The fact's own properties: which of the disputed values was recorded. */
  recorded?: Record<string, PropertyValue | undefined>;
}

export function Citations({ citations, disputed, disputedFields, disputeNote, recorded }: Props) {
  return (
    <section class="citations" aria-label="Sources">
      {disputed && (
        <div class="dispute" role="note">
          <strong>Sources disagree{disputedFields.length ? ` on ${disputedFields.join(', ')}` : ''}.</strong>
          {disputedFields.map((f) => (
            <ul key={f}>
              {citations
                .filter((c) => c.field === f)
                .map((c, i) => (
                  <li key={i}>
                    <b>{c.value}</b>
                    {recorded && String(recorded[f]) === c.value && <span class="badge">recorded</span>} —{' '}
                    {c.source.name}, ¶{c.para}
                    {c.source.trust === 'lower' && ' (lower trust)'}: <q>{c.claim}</q>
                  </li>
                ))}
            </ul>
          ))}
          {disputeNote && <p>{disputeNote}</p>}
        </div>
      )}
      <h3>Sources ({citations.length})</h3>
      <ol>
        {citations.map((c, i) => (
          <li key={i} class={c.source.trust === 'lower' ? 'lower-trust' : ''}>
            <div class="cite-head">
              <span class="cite-doc">{c.source.name}</span>
              <span class="cite-para">¶{c.para}</span>
              {c.source.trust === 'lower' && <span class="badge">lower trust</span>}
            </div>
            <p class="claim">{c.claim}</p>
            {c.field && (
              <p class="cite-field">
                supports <code>{c.field}</code>
                {c.value !== undefined && <> = {c.value}</>}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
