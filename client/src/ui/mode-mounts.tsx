// Where B's components plug into the shell: replace a placeholder below with the real component (one-line edits).
import type { EntityLabel } from '../../../server/contract.ts';
import { SelectionTimeline as HistoryPreview } from '../history/selection-timeline.tsx';
import { TimelinePanel } from '../history/timeline-panel.tsx';
import { MapPanel } from '../geo/map-panel.tsx';
import { MapStage } from '../geo/map-stage.tsx';
import { onDemand } from './on-demand.tsx';

/** 'timeline' mode: a leader's or group's history (B: client/src/history/). */
export function TimelineModePanel() {
  return <TimelinePanel />;
}

/** 'map' mode's side panel (B: client/src/geo/). */
export function MapModePanel() {
  return <MapPanel />;
}

/** The console and its CodeMirror editor, fetched when the console first opens (on-demand.tsx). */
const Console = onDemand(() => import('../console/console-panel.tsx').then((m) => m.ConsolePanel), 'Cypher console');

/** 'console' mode (B: client/src/console/); `.layout[data-mode='console']` can widen the side column in styles.css. */
export function ConsoleModePanel() {
  return <Console />;
}

/** Under the details in explore mode when a Person or Faction is selected (B's timeline side panel). */
export function SelectionTimeline(props: { entityKey: string; entityType: EntityLabel }) {
  return <HistoryPreview {...props} />;
}

/** Drawn over the graph canvas, under the overlays, in every mode (B: the map's outline in 'map' mode). */
export function StageLayer() {
  return <MapStage />;
}
