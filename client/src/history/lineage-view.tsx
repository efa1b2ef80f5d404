// A group's line of succession, oldest first: each group with its dates and the links that lead to the next.
import type { LineageGroup, LineageLink, LineageResponse } from '../../../server/contract.ts';
import { actions } from '../state/store.ts';
import { formatDate, formatSpan } from './date-format.ts';
import { historyApi } from './history-api.ts';
import { useRequest } from './use-request.ts';

const PHRASE: Record<string, string> = {
  SUCCEEDED: 'succeeded',
  SPLIT_FROM: 'split from',
  MERGED_INTO: 'merged into',
  FOUNDED: 'founded',
  AFFILIATED_WITH: 'affiliated with',
};

function lifespan(g: LineageGroup): string {
  if (g.founded && g.dissolved) return formatSpan(g.founded, g.dissolved);
  if (g.founded) return `from ${formatDate(g.founded)}`;
  if (g.dissolved) return `until ${formatDate(g.dissolved)}`;
  return 'dates not recorded';
}

function linkWhen(l: LineageLink): string {
  if (l.date) return formatDate(l.date);
  if (l.start && l.end) return formatSpan(l.start, l.end);
  if (l.start) return `from ${formatDate(l.start)}`;
  if (l.end) return `until ${formatDate(l.end)}`;
  return 'undated';
}

function Link({ link, names }: { link: LineageLink; names: Map<string, string> }) {
  return (
    <li>
      <button type="button" class="link" onClick={() => actions.select({ kind: 'edge', key: link.key })}>
        {names.get(link.source)} {PHRASE[link.relType] ?? link.relType} {names.get(link.target)}
      </button>{' '}
      <span class="tl-when-inline">{linkWhen(link)}</span>
      {link.disputed && <span class="badge disputed">disputed</span>}
    </li>
  );
}

function generationLabel(g: number | null): string {
  if (g === null) return 'affiliated';
  if (g === 0) return 'this group';
  return g < 0 ? `${-g} step${g === -1 ? '' : 's'} before` : `${g} step${g === 1 ? '' : 's'} after`;
}

export function LineageList({ data }: { data: LineageResponse }) {
  const names = new Map(data.groups.map((g) => [g.key, g.name]));
  const line = data.groups.filter((g) => g.generation !== null);
  if (line.length <= 1)
    return <p class="empty-note">No predecessors or successors are recorded for {data.focus.name}.</p>;
  return (
    <>
      <ol class="lineage" aria-label={`Lineage of ${data.focus.name}, oldest first`}>
        {line.map((g) => {
          // The links that tie this group to the ones after it, in date order.
          const out = data.links.filter(
            (l) =>
              (l.source === g.key || l.target === g.key) &&
              line.some((o) => o.key === (l.source === g.key ? l.target : l.source) && o.generation! > g.generation!),
          );
          return (
            <li key={g.key} class={g.generation === 0 ? 'focus' : ''}>
              <button type="button" class="lineage-group" onClick={() => actions.select({ kind: 'node', key: g.key })}>
                <strong>{g.name}</strong>
              </button>{' '}
              <span class="tl-when-inline">{lifespan(g)}</span>{' '}
              <span class="generation">{generationLabel(g.generation)}</span>
              {out.length > 0 && (
                <ul class="lineage-links">
                  {out.map((l) => (
                    <Link key={l.key} link={l} names={names} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {data.affiliations.length > 0 && (
        <>
          <h3 class="sub">Affiliations</h3>
          <ul class="lineage-links">
            {data.affiliations.map((l) => (
              <Link key={l.key} link={l} names={names} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function LineageView({ entityKey }: { entityKey: string }) {
  const req = useRequest((s) => historyApi.lineage(entityKey, s), [entityKey], 'Could not load the lineage.');
  if (req.error) return <p class="error">{req.error}</p>;
  if (!req.data) return req.slow ? <p class="loading">Loading the lineage…</p> : null;
  return <LineageList data={req.data} />;
}
