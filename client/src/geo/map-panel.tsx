// Map mode's side panel: what is where, what could not be placed and why, and the date slider to play the offensive.
import { exploreEntity, graph } from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import { TimeBar } from '../time/time-bar.tsx';
import { span } from '../time/time-store.ts';
import { geo, wholeWorldFrame } from './geo-state.ts';
import { showMapFrame } from './map-mode.ts';
import { mapStatsLine } from './map-stats.ts';
import { MAP_FRAME } from './projection.ts';

const nameOf = (k: string) => (graph.hasNode(k) ? graph.getNodeAttribute(k, 'name') : k);

function Names({ keys, label }: { keys: string[]; label: string }) {
  return (
    <ul class="map-names" aria-label={label}>
      {keys.map((k) => (
        <li key={k}>
          <button type="button" class="link" onClick={() => actions.select({ kind: 'node', key: k })}>
            {nameOf(k)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Widens the frame to everything placed, Moscow included; "Back to Syria" brings it back. */
function frame(all: boolean) {
  const g = geo.value;
  if (!all || !g) return showMapFrame(MAP_FRAME);
  const ps = [...g.positions.values()];
  const xs = [...ps.map((p) => p.x), ...MAP_FRAME.x];
  const ys = [...ps.map((p) => p.y), ...MAP_FRAME.y];
  showMapFrame({ x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] });
}

export function MapPanel() {
  void view.value.graphRevision;
  const g = geo.value;
  const offensive = span.value?.offensive;
  return (
    <section class="panel map-panel" aria-label="Map">
      <h2>Map</h2>
      <p class="hint">
        The graph in view, laid out by geography: places at their coordinates over Syria and its neighbours, events
        beside the place they happened in, groups beside their base. Everything else waits in the band on the right.
      </p>
      <TimeBar />
      {graph.order === 0 && (
        <div class="empty-note">
          <p>Nothing is in view yet. Search for an entity, or start with the offensive and its captures:</p>
          {offensive && (
            <button type="button" onClick={() => void exploreEntity(offensive.key)}>
              Show {offensive.name}
            </button>
          )}
        </div>
      )}
      {g && graph.order > 0 && (
        <>
          <p class="map-stats">
            {mapStatsLine({ atCoordinates: g.atCoordinates, besidePlaces: g.besidePlaces, inBand: g.inBand.length })}
          </p>
          {g.placesWithoutCoordinates.length > 0 && (
            <details>
              <summary>
                {g.placesWithoutCoordinates.length} place{g.placesWithoutCoordinates.length === 1 ? ' has' : 's have'}{' '}
                no known coordinates
              </summary>
              <p class="hint">The sources do not locate them; they are listed here and in the band, not guessed.</p>
              <Names keys={g.placesWithoutCoordinates} label="Places without coordinates" />
            </details>
          )}
          {g.outsideFrame.length > 0 && (
            <p>
              {wholeWorldFrame.value ? 'Zoomed out to include' : 'Outside the frame'}:{' '}
              {g.outsideFrame.map(nameOf).join(', ')}.{' '}
              {wholeWorldFrame.value ? (
                <button type="button" onClick={() => frame(false)}>
                  Back to Syria
                </button>
              ) : (
                <button type="button" onClick={() => frame(true)}>
                  Zoom out to include them
                </button>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
