// "Who captured what" on the day the slider or playback shows; each line selects the fact and its sources.
import type { DatedHappening } from '../../../server/contract.ts';
import { formatSpan } from '../history/date-format.ts';
import { actions } from '../state/store.ts';
import { dayLabel } from './date-stops.ts';
import { whoDidIt } from './happening-actors.ts';
import { summariseDay } from './day-happenings.ts';
import { happenings } from './time-store.ts';

function Line({ h }: { h: DatedHappening }) {
  const who = whoDidIt(h);
  return (
    <li class={`happening ${h.kind}`}>
      <button type="button" class="link" onClick={() => actions.select(h.select)}>
        {h.title}
      </button>
      {h.end && h.end !== h.date && <span class="tl-when-inline"> {formatSpan(h.date, h.end)}</span>}
      {who && h.select.kind === 'node' && <span class="who"> — {who}</span>}
      {h.disputed && <span class="badge disputed">disputed</span>}
    </li>
  );
}

export function DayList({ day }: { day: string }) {
  const s = summariseDay(day, happenings.value);
  return (
    <div class="day-list" aria-live="polite">
      <h3 class="sub">
        {dayLabel(day)} <span class="count">({s.capturesSoFar} captures so far)</span>
      </h3>
      {s.territory.length > 0 ? (
        <ul aria-label="Captured or abandoned that day">
          {s.territory.map((h) => (
            <Line key={h.select.key} h={h} />
          ))}
        </ul>
      ) : (
        <p class="hint">No capture is dated to this day.</p>
      )}
      {s.events.length > 0 && (
        <ul aria-label="Other events that day">
          {s.events.map((h) => (
            <Line key={h.select.key} h={h} />
          ))}
        </ul>
      )}
      {s.ongoing.length > 0 && <p class="hint">Ongoing: {s.ongoing.map((h) => h.title).join('; ')}.</p>}
      {s.vague.length > 0 && <p class="hint">Dated only to the month: {s.vague.map((h) => h.title).join('; ')}.</p>}
    </div>
  );
}
