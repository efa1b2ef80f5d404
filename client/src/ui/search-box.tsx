// Search with autocomplete over names and aliases (ARIA combobox), showing which alias matched.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../../server/contract.ts';
import { api, ApiError } from '../api/http.ts';
import { ENTITY_COLORS } from '../graph/style.ts';

interface Props {
  /** `add`: Shift+Enter or Shift+click, "add to what is in view" rather than "open". */
  onChoose(hit: SearchHit, how: { add: boolean }): void;
  /** A line under the results saying what Enter and Shift+Enter do (when both make sense). */
  footnote?: string;
  label?: string;
  id?: string;
  placeholder?: string;
  /** The chosen entity's name, when set from outside (the path finder's fields). */
  value?: string;
}

export function SearchBox({
  onChoose,
  label = 'Search people, groups, places, events',
  id = 'search',
  placeholder = 'Search… e.g. Jolani, HTS, Hama',
  value,
  footnote,
}: Props) {
  // A field mounted with a value (the path finder opened from a node or a link) starts as chosen: starting empty would
  // let the first text effect forget the choice, search for the name and open the list over the page.
  const [text, setText] = useState(value ?? '');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const ctrl = useRef<AbortController | null>(null);
  /** The text we just filled in from a choice: not a new query. */
  const chosen = useRef<string | null>(value ?? null);

  useEffect(() => {
    if (value === undefined) return;
    chosen.current = value;
    setText(value);
  }, [value]);

  useEffect(() => {
    const q = text.trim();
    if (chosen.current === text) return;
    chosen.current = null;
    if (!q) {
      setHits([]);
      setMessage(null);
      return;
    }
    const timer = setTimeout(async () => {
      ctrl.current?.abort();
      ctrl.current = new AbortController();
      try {
        const res = await api.search(q, 8, ctrl.current.signal);
        setHits(res.hits);
        setActive(0);
        setOpen(true);
        setMessage(res.hits.length ? null : `Nothing matches “${q}”. Try another spelling or a shorter word.`);
      } catch (err) {
        if ((err as Error).name === 'AbortError') return;
        setHits([]);
        setOpen(true);
        setMessage(err instanceof ApiError ? err.message : 'Search failed.');
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const choose = (hit: SearchHit | undefined, add = false) => {
    if (!hit) return;
    setOpen(false);
    chosen.current = hit.name;
    setText(hit.name);
    onChoose(hit, { add });
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active], e.shiftKey);
    } else if (e.key === 'Escape') setOpen(false);
  };

  const listId = `${id}-results`;
  return (
    <div class="search">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open && (hits.length > 0 || message !== null)}
        aria-controls={listId}
        aria-activedescendant={open && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder={placeholder}
        autocomplete="off"
        spellcheck={false}
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onKeyDown={onKey}
        onFocus={() => setOpen(chosen.current === null)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && (hits.length > 0 || message) && (
        <ul id={listId} role="listbox" class="search-results" aria-label="Search results">
          {message && <li class="search-message">{message}</li>}
          {hits.map((h, i) => (
            <li
              id={`${id}-opt-${i}`}
              key={h.key}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h, e.shiftKey);
              }}
            >
              <span class="dot" style={{ background: ENTITY_COLORS[h.entityType] }} aria-hidden="true" />
              <span class="hit-name">{h.name}</span>
              <span class="hit-type">{h.kind ?? h.entityType}</span>
              {(h.matched.field === 'alias' || h.matched.how === 'fuzzy') && (
                <span class="hit-why">
                  {h.matched.field === 'alias' ? 'also known as' : 'close to'} “{h.matched.value}”
                </span>
              )}
            </li>
          ))}
          {footnote && hits.length > 0 && (
            <li class="search-footnote" aria-hidden="true">
              {footnote}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
