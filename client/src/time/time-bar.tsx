// The date slider: hides what had not happened yet by the chosen stop, and plays the offensive forward day by day.
import { useEffect } from 'preact/hooks';
import { actions, view } from '../state/store.ts';
import { dateStops, stopIndexFor } from './date-stops.ts';
import { DayList } from './day-list.tsx';
import { getPlayback, loadTime, playing, span, timeError } from './time-store.ts';
import './time-bar.css';

export function TimeBar() {
  useEffect(() => void loadTime(), []);
  const s = span.value;
  if (timeError.value) return <p class="error">{timeError.value}</p>;
  if (!s) return null;
  const stops = dateStops(s);
  const dateTo = view.value.filters.dateTo;
  const filtered = dateTo !== null || view.value.filters.dateFrom !== null;
  const index = stopIndexFor(stops, dateTo);
  const current = stops[index]!;
  const playback = getPlayback();

  const goTo = (i: number) => {
    playback?.pause();
    const stop = stops[Math.max(0, Math.min(stops.length - 1, i))]!;
    actions.setDateRange(null, stop.day);
  };
  const togglePlay = () => {
    if (!playback) return;
    if (playing.value) return playback.pause();
    if (dateTo && current.offensive && index < stops.length - 1) playback.goTo(dateTo);
    playback.play();
  };
  const onSliderKey = (e: KeyboardEvent) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      togglePlay();
    }
  };

  return (
    <section class="time-bar" aria-label="Date slider">
      <div class="time-head">
        <label for="date-slider">Show what had happened by</label>
        <output for="date-slider" class="time-value" aria-live="polite">
          {filtered ? current.label : 'all dates (no date filter)'}
        </output>
      </div>
      <input
        id="date-slider"
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={filtered ? index : stops.length - 1}
        aria-valuetext={filtered ? current.label : 'all dates'}
        onInput={(e) => goTo(Number((e.target as HTMLInputElement).value))}
        onKeyDown={onSliderKey}
      />
      <div class="time-scale" aria-hidden="true">
        <span>{stops[0]!.label.replace('end of ', '')}</span>
        <span>{s.offensive ? `offensive ${stops.find((x) => x.offensive)!.label} →` : ''}</span>
        <span>{stops.at(-1)!.label}</span>
      </div>
      <div class="time-controls">
        <button type="button" aria-label="Previous step" onClick={() => goTo(index - 1)} disabled={index === 0}>
          ◀
        </button>
        {playback && (
          <button type="button" class="play" aria-pressed={playing.value} onClick={togglePlay}>
            {playing.value ? 'Pause' : 'Play the offensive'}
          </button>
        )}
        <button
          type="button"
          aria-label="Next step"
          onClick={() => goTo(filtered ? index + 1 : 0)}
          disabled={filtered && index === stops.length - 1}
        >
          ▶
        </button>
        <button
          type="button"
          class="link"
          disabled={!filtered}
          onClick={() => {
            playback?.pause();
            actions.setDateRange(null, null);
          }}
        >
          All dates
        </button>
      </div>
      {filtered && current.offensive && <DayList day={current.day} />}
    </section>
  );
}
