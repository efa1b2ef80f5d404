// The page: search on top, the graph in the middle with its legend, details on the side.
import type { SearchHit } from '../../../server/contract.ts';
import { openEntity } from '../explorer.ts';
import { view } from '../state/store.ts';
import { DetailsPanel } from './details-panel.tsx';
import { GraphView } from './graph-view.tsx';
import { Legend } from './legend.tsx';
import { SearchBox } from './search-box.tsx';
import { StatusBar } from './status-bar.tsx';

const SUGGESTIONS = [
  { key: 'al-jolani', name: 'Abu Mohammad al-Jolani' },
  { key: 'hts', name: 'Hay’at Tahrir al-Sham' },
  { key: 'bashar-al-assad', name: 'Bashar al-Assad' },
  { key: 'hama', name: 'Hama' },
];

export function App() {
  const focus = view.value.focus;
  return (
    <div class="layout">
      <header class="top">
        <h1>
          Syria 2024 <span>offensive explorer</span>
        </h1>
        <SearchBox onChoose={(hit: SearchHit) => void openEntity(hit.key)} />
      </header>
      <main class="stage">
        <GraphView />
        {!focus && (
          <div class="welcome">
            <h2>Who fought whom, who led whom, and what fell when</h2>
            <p>
              A knowledge graph of the opposition offensive of 27 November – 8 December 2024, every fact citing the
              document and paragraph it comes from. Search for a person, group, place or event, or start with:
            </p>
            <ul>
              {SUGGESTIONS.map((s) => (
                <li key={s.key}>
                  <button type="button" onClick={() => void openEntity(s.key)}>
                    {s.name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Legend />
        <StatusBar />
      </main>
      <DetailsPanel />
    </div>
  );
}
