// The side column for the current mode: its own panel on top, then the selection's details and the nodes in view.
import { NetworkPanel } from '../network/network-panel.tsx';
import { PathPanel } from '../path/path-panel.tsx';
import { slice } from '../state/selectors.ts';
import { DetailsPanel } from './details-panel.tsx';
import { ConsoleModePanel, MapModePanel, TimelineModePanel } from './mode-mounts.tsx';
import { NodesInView } from './nodes-in-view.tsx';

function ModeTop() {
  switch (slice.mode.value) {
    case 'network':
      return <NetworkPanel />;
    case 'path':
      return <PathPanel />;
    case 'timeline':
      return <TimelineModePanel />;
    case 'map':
      return <MapModePanel />;
    case 'console':
      return <ConsoleModePanel />;
    default:
      return null;
  }
}

export function ModePanel() {
  const mode = slice.mode.value;
  return (
    <div class="side" id="mode-panel" role="tabpanel" aria-labelledby={`tab-${mode}`}>
      <ModeTop />
      <DetailsPanel />
      <NodesInView />
    </div>
  );
}
