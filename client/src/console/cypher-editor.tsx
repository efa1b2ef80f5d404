// The query editor: CodeMirror 6 with Cypher highlighting, completion from the closed vocabulary, and Ctrl/Cmd+Enter to run.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'preact/hooks';
import { cypherCompletion } from './cypher-completion.ts';

/** The page's stylesheet does not reach into the shadow root: the editor's own look is set here. */
const EDITOR_THEME = EditorView.theme({
  '&': { fontSize: '0.9rem', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '3px solid #7aa7ff' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace" },
  '.cm-content': { minHeight: '4.5rem' },
});

/** What the console needs from the editor: its text, and replacing it (an example, a history entry). */
export interface EditorHandle {
  text(): string;
  setText(text: string): void;
}

interface Props {
  initial: string;
  handle: { current: EditorHandle | null };
  onRun(): void;
}

/**
 * Uncontrolled on purpose: the text lives in CodeMirror, read when the query runs. (Re-rendering the panel on every
 * keystroke, as a controlled editor does, made headless Chromium drop the page.)
 */
export function CypherEditor({ initial, handle, onRun }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const onRunRef = useRef(onRun);
  onRunRef.current = onRun;

  useEffect(() => {
    const run = () => {
      onRunRef.current();
      return true;
    };
    // In a shadow root CodeMirror styles itself through adoptedStyleSheets, which the page's CSP (no inline <style>)
    // allows; in the document it would need an inline style tag.
    const root = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const view = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          closeBrackets(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle),
          autocompletion({ override: [cypherCompletion] }),
          placeholder('MATCH (n:Faction) RETURN n LIMIT 25'),
          keymap.of([
            { key: 'Mod-Enter', run },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
          ]),
          EditorView.lineWrapping,
          EDITOR_THEME,
          EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'aria-multiline': 'true' }),
        ],
      }),
    });
    handle.current = {
      text: () => view.state.doc.toString(),
      setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    };
    return () => {
      handle.current = null;
      view.destroy();
    };
  }, []);

  return <div ref={host} class="cypher-editor" />;
}
