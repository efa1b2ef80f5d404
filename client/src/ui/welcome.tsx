// The empty state: what this is, what the three jobs are, and one-click ways in for a newcomer.
import { exploreEntity, findPaths, switchMode } from '../explorer.ts';
import { actions } from '../state/store.ts';

const SUGGESTIONS = [
  { key: 'al-jolani', name: 'Abu Mohammad al-Jolani' },
  { key: 'hts', name: 'Hay’at Tahrir al-Sham' },
  { key: 'bashar-al-assad', name: 'Bashar al-Assad' },
  { key: 'hama', name: 'Hama' },
];

export function Welcome() {
  // The link promises the connection, so it finds it rather than leaving two filled fields to submit.
  const tryPath = () => {
    const ends = { from: 'hezbollah', to: 'hts', date: null };
    actions.setPathInputs(ends);
    switchMode('path');
    void findPaths(ends);
  };
  return (
    <div class="welcome">
      <h2>Who fought whom, who led whom, and what fell when</h2>
      <p>
        A knowledge graph of the opposition offensive of 27 November – 8 December 2024, every fact citing the document
        and paragraph it comes from. Search for a person, group, place or event, or start with:
      </p>
      <ul>
        {SUGGESTIONS.map((s) => (
          <li key={s.key}>
            <button type="button" onClick={() => void exploreEntity(s.key)}>
              {s.name}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">
        Or see{' '}
        <button type="button" class="link inline" onClick={() => switchMode('network')}>
          the whole faction network
        </button>
        , or{' '}
        <button type="button" class="link inline" onClick={tryPath}>
          how Hezbollah and HTS are connected
        </button>
        .
      </p>
    </div>
  );
}
