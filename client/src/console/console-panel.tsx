// The Cypher console: examples one click away, the editor, JSON parameters, history, and results as a table and a graph.
import { useRef, useState } from 'preact/hooks';
import type { CypherResponse } from '../../../server/contract.ts';
import { ApiError } from '../api/http.ts';
import { graph, layout } from '../explorer.ts';
import { mergeSubgraph } from '../graph/graph-model.ts';
import { historyApi } from '../history/history-api.ts';
import { LOADING_DELAY_MS } from '../history/use-request.ts';
import { actions, view } from '../state/store.ts';
import { CypherEditor, type EditorHandle } from './cypher-editor.tsx';
import { EXAMPLES } from './examples.ts';
import { loadHistory, pushHistory, saveHistory, type HistoryEntry } from './query-history.ts';
import { missingParams, parseParams } from './query-params.ts';
import { ResultsView } from './results-view.tsx';
import './console.css';

type Outcome =
  { kind: 'result'; res: CypherResponse; drawn: boolean } | { kind: 'error'; title: string; message: string };

const ERROR_TITLES: Record<string, string> = {
  query_failed: 'Neo4j could not run the query',
  query_rejected: 'Refused: the console only reads',
  query_timeout: 'The query took too long',
  bad_request: 'The request was not valid',
  rate_limited: 'Too many queries',
};

/** Nodes and relationships of the answer replace what the stage shows, laid out afresh. */
function draw(res: CypherResponse): boolean {
  if (res.graph.nodes.length === 0) return false;
  layout.kill();
  graph.clear();
  mergeSubgraph(graph, res.graph);
  actions.select(null);
  layout.start();
  return true;
}

export function ConsolePanel() {
  const editor = useRef<EditorHandle | null>(null);
  // A link to a query (or a return to this tab) reopens the query last sent; opening a link never runs it.
  const [sent] = useState(() => view.value.consoleQuery);
  const [paramsText, setParamsText] = useState(sent?.params ?? '');
  const [history, setHistory] = useState<HistoryEntry[]>(() => loadHistory());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [running, setRunning] = useState<'no' | 'yes' | 'slow'>('no');
  const parsed = parseParams(paramsText);

  const run = async () => {
    const query = editor.current?.text() ?? '';
    if (running !== 'no' || !query.trim()) return;
    if (!parsed.ok) return setOutcome({ kind: 'error', title: 'Check the parameters', message: parsed.error });
    const missing = missingParams(query, parsed.params);
    if (missing.length)
      return setOutcome({
        kind: 'error',
        title: 'Check the parameters',
        message: `The query uses ${missing.map((m) => `$${m}`).join(', ')}, which the parameters do not set.`,
      });
    actions.consoleQuerySent({ query, params: paramsText });
    setRunning('yes');
    const slow = setTimeout(() => setRunning('slow'), LOADING_DELAY_MS);
    try {
      const res = await historyApi.cypher({ query, params: parsed.params });
      const next = pushHistory(history, { query, params: paramsText, at: new Date().toISOString() });
      setHistory(next);
      saveHistory(next);
      setOutcome({ kind: 'result', res, drawn: draw(res) });
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'internal';
      const message = err instanceof ApiError ? err.message : 'The query could not be sent.';
      setOutcome({ kind: 'error', title: ERROR_TITLES[code] ?? 'The query failed', message });
    } finally {
      clearTimeout(slow);
      setRunning('no');
    }
  };

  return (
    <section class="panel console-panel" aria-label="Cypher console">
      <h2>Cypher console</h2>
      <p class="hint">
        Read-only Cypher on the same graph. Ctrl/Cmd+Enter runs; Ctrl+Space completes labels, relationship types and
        properties. The page’s address holds the last query sent: a link to it opens the query here, ready to run.
      </p>
      <details class="examples" open>
        <summary>Examples ({EXAMPLES.length})</summary>
        <ol>
          {EXAMPLES.map((e) => (
            <li key={e.title}>
              <button type="button" class="link" onClick={() => editor.current?.setText(e.query)}>
                {e.title}
              </button>
            </li>
          ))}
        </ol>
      </details>
      <CypherEditor initial={sent?.query ?? EXAMPLES[0]?.query ?? ''} handle={editor} onRun={() => void run()} />
      <label class="params-label" for="cypher-params">
        Parameters (JSON object)
      </label>
      <textarea
        id="cypher-params"
        class={`params${parsed.ok ? '' : ' invalid'}`}
        rows={2}
        spellcheck={false}
        placeholder='{"key": "hts"}'
        value={paramsText}
        aria-invalid={!parsed.ok}
        aria-describedby="cypher-params-error"
        onInput={(e) => setParamsText((e.target as HTMLTextAreaElement).value)}
      />
      <p id="cypher-params-error" class="params-error">
        {parsed.ok ? '' : parsed.error}
      </p>
      <div class="run-row">
        <button
          type="button"
          class="primary"
          aria-label="Run query"
          onClick={() => void run()}
          disabled={running !== 'no'}
        >
          {running === 'slow' ? 'Running…' : 'Run'}
        </button>
        {history.length > 0 && (
          <select
            aria-label="History"
            value=""
            onChange={(e) => {
              const h = history[Number((e.target as HTMLSelectElement).value)];
              if (h) {
                editor.current?.setText(h.query);
                setParamsText(h.params);
              }
            }}
          >
            <option value="">History ({history.length})…</option>
            {history.map((h, i) => (
              <option key={h.at} value={i}>
                {h.query.replace(/\s+/g, ' ').slice(0, 70)}
              </option>
            ))}
          </select>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <div class="query-error" role="alert">
          <strong>{outcome.title}</strong>
          <pre>{outcome.message}</pre>
        </div>
      )}
      {outcome?.kind === 'result' && <ResultsView res={outcome.res} drawn={outcome.drawn} />}
    </section>
  );
}
