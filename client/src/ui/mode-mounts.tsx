// Where B's components plug into the shell: replace a placeholder below with the real component (one-line edits).
import type { EntityLabel } from '../../../server/contract.ts';

function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <section class="panel coming-soon" aria-label={title}>
      <h2>{title}</h2>
      <p>{what}</p>
      <p class="hint">This mode is being built. Meanwhile, Explore, the faction network and the path finder work.</p>
    </section>
  );
}

/** 'timeline' mode: a leader's or group's history (B: client/src/history/). */
export function TimelineModePanel() {
  return <ComingSoon title="Timeline" what="A person’s or group’s history in date order, with places and sources." />;
}

/** 'map' mode's side panel (B: client/src/geo/). */
export function MapModePanel() {
  return <ComingSoon title="Map" what="The same graph laid out geographically over Syria and its neighbours." />;
}

/** 'console' mode (B: client/src/console/); `.layout[data-mode='console']` can widen the side column in styles.css. */
export function ConsoleModePanel() {
  return <ComingSoon title="Cypher console" what="Read-only Cypher with examples, history and parameters." />;
}

/** Under the details in explore mode when a Person or Faction is selected (B's timeline side panel). */
export function SelectionTimeline(_props: { entityKey: string; entityType: EntityLabel }) {
  return null;
}

/** Drawn over the graph canvas, under the overlays, in every mode (B: the map's outline in 'map' mode). */
export function StageLayer() {
  return null;
}
