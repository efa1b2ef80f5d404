// The rows of a timeline: date, what happened, with whom or what, the role, where; each row selects the fact it rests on.
import { Fragment } from 'preact';
import type { TimelineItem } from '../../../server/contract.ts';
import { graph } from '../explorer.ts';
import { ENTITY_COLORS } from '../graph/style.ts';
import { actions, view } from '../state/store.ts';
import { formatDate, itemWhen } from './date-format.ts';
import { withHeadings } from './timeline-shape.ts';
import { itemVerb } from './timeline-wording.ts';

function select(item: TimelineItem) {
  if (item.relationship) actions.select({ kind: 'edge', key: item.relationship.key });
  else if (item.other) actions.select({ kind: 'node', key: item.other.key });
}

const hover = (key: string | undefined) => actions.hover(key && graph.hasNode(key) ? key : null);

function Row({ item }: { item: TimelineItem }) {
  const sel = view.value.selection;
  const selected =
    (sel?.kind === 'edge' && sel.key === item.relationship?.key) ||
    (sel?.kind === 'node' && !item.relationship && sel.key === item.other?.key);
  const note = item.placement.note && item.placement.by !== 'own-date' ? item.placement.note : null;
  return (
    <li class={`tl-item${selected ? ' selected' : ''}`} data-placement={item.placement.by}>
      <span class="tl-when">{itemWhen(item)}</span>
      <div class="tl-what">
        <button
          type="button"
          class="tl-fact"
          onClick={() => select(item)}
          onMouseEnter={() => hover(item.other?.key)}
          onMouseLeave={() => hover(undefined)}
          onFocus={() => hover(item.other?.key)}
          onBlur={() => hover(undefined)}
        >
          <span class="tl-verb">{itemVerb(item)}</span>{' '}
          {item.other && (
            <>
              <span class="dot" style={{ background: ENTITY_COLORS[item.other.entityType] }} aria-hidden="true" />
              <strong>{item.other.name}</strong>
            </>
          )}
        </button>
        {item.role && <span class="tl-role"> as {item.role}</span>}
        {item.disputed && (
          <span class="badge disputed" title="The sources disagree on this fact; see its sources">
            disputed
          </span>
        )}
        {item.via && (
          <p class="tl-via">
            within {item.via.name}
            {item.via.role ? ` (${item.via.role})` : ''}
          </p>
        )}
        {item.places.length > 0 && (
          <p class="tl-places">
            <span class="visually-hidden">Where: </span>
            {item.places.map((p) => (
              <button
                key={p.key}
                type="button"
                class="chip"
                onClick={() => actions.select({ kind: 'node', key: p.key })}
              >
                {p.name}
              </button>
            ))}
          </p>
        )}
        {note && <p class="tl-note">{note.replace(/\b\d{4}(-\d{2}){0,2}\b/g, formatDate)}</p>}
      </div>
    </li>
  );
}

export function TimelineList({ items, label }: { items: TimelineItem[]; label: string }) {
  return (
    <ol class="tl" aria-label={label}>
      {withHeadings(items).map(({ item, heading }) => (
        <Fragment key={item.id}>
          {heading && (
            <li class="tl-year" role="presentation">
              {heading}
            </li>
          )}
          <Row item={item} />
        </Fragment>
      ))}
    </ol>
  );
}
