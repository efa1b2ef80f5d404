// The mode switch: an ARIA tab bar in the header (arrow keys move between modes, as in any tab list).
import { switchMode } from '../explorer.ts';
import { view } from '../state/store.ts';
import { MODES, type Mode } from '../state/view-state.ts';

export const MODE_LABELS: Record<Mode, string> = {
  explore: 'Explore',
  network: 'Faction network',
  path: 'Path finder',
  timeline: 'Timeline',
  map: 'Map',
  console: 'Cypher',
};

export function ModeTabs() {
  const mode = view.value.mode;
  const onKey = (e: KeyboardEvent) => {
    const i = MODES.indexOf(mode);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % MODES.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + MODES.length) % MODES.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? MODES.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    switchMode(MODES[next]!);
    document.getElementById(`tab-${MODES[next]}`)?.focus();
  };
  return (
    <nav class="mode-tabs" role="tablist" aria-label="Mode" onKeyDown={onKey}>
      {MODES.map((m) => (
        <button
          key={m}
          id={`tab-${m}`}
          type="button"
          role="tab"
          aria-selected={m === mode}
          aria-controls="mode-panel"
          tabIndex={m === mode ? 0 : -1}
          onClick={() => switchMode(m)}
        >
          {MODE_LABELS[m]}
        </button>
      ))}
    </nav>
  );
}
