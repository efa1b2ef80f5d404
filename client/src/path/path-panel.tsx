// The path finder: two entities (autocompleted), optional limits (day, steps, relationships), and the paths in words.
import type { SearchHit } from '../../../server/contract.ts';
import { findPaths, graph } from '../explorer.ts';
import { actions, view } from '../state/store.ts';
import { SearchBox } from '../ui/search-box.tsx';
import { PathLimits } from './path-limits.tsx';
import { PathList } from './path-list.tsx';

/** Names of entities chosen in the fields, for when they are not (yet) in the graph. */
const chosenNames = new Map<string, string>();
const nameOf = (key: string | null) =>
  !key ? '' : (chosenNames.get(key) ?? (graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key));
const choose = (end: 'from' | 'to') => (h: SearchHit) => {
  chosenNames.set(h.key, h.name);
  actions.setPathInputs({ [end]: h.key });
};

export function PathPanel() {
  const v = view.value;
  const { from, to, date, max, types } = v.pathInputs;
  const noTypes = types !== null && !types.length;
  const submit = (e: Event) => {
    e.preventDefault();
    if (from && to && !noTypes)
      void findPaths({ from, to, date, ...(max ? { max } : {}), ...(types ? { types } : {}) });
  };
  return (
    <section class="panel path-panel" aria-label="Path finder">
      <h2>Path finder</h2>
      <p class="hint">The shortest chains of relationships between two entities, read in both directions.</p>
      <form onSubmit={submit}>
        <label class="field-label" for="path-from">
          From
        </label>
        <SearchBox
          id="path-from"
          label="Path from"
          placeholder="e.g. Hezbollah"
          value={nameOf(from)}
          onChoose={choose('from')}
        />
        <label class="field-label" for="path-to">
          To
        </label>
        <SearchBox id="path-to" label="Path to" placeholder="e.g. HTS" value={nameOf(to)} onChoose={choose('to')} />
        <label class="field-label" for="path-date">
          Only through facts valid on <span class="hint">(optional)</span>
        </label>
        <input
          id="path-date"
          type="date"
          value={date ?? ''}
          onInput={(e) => actions.setPathInputs({ date: (e.target as HTMLInputElement).value || null })}
        />
        <PathLimits />
        <div class="row">
          <button type="submit" class="primary" disabled={!from || !to || from === to || noTypes}>
            Find paths
          </button>
          <button type="button" onClick={() => actions.setPathInputs({ from: to, to: from })} disabled={!from && !to}>
            Swap
          </button>
        </div>
        {from && to && from === to && <p class="hint">Choose two different entities.</p>}
        {noTypes && <p class="hint">Tick at least one kind of relationship.</p>}
      </form>
      <PathList />
    </section>
  );
}
