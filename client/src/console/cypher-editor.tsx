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
  '&': { fontSize: '0.9rem', backgroundColor: '#fff', maxHeight: '16rem' },
  '&.cm-focused': { outline: '3px solid #7aa7ff' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace" },
  '.cm-content': { minHeight: '4.5rem' },
});

interface Props {
  value: string;
  onChange(text: string): void;
  onRun(): void;
}

export function CypherEditor({ value, onChange, onRun }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, so the editor (made once) always calls the current ones.
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };

  useEffect(() => {
    const run = () => {
      handlers.current.onRun();
      return true;
    };
    // In a shadow root CodeMirror styles itself through adoptedStyleSheets, which the page's CSP (no inline <style>)
    // allows; in the document it would need an inline style tag.
    const root = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    view.current = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: value,
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
          EditorView.updateListener.of((u) => {
            if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    return () => view.current?.destroy();
  }, []);

  // An example or a history entry replaces the text from outside.
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value)
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} class="cypher-editor" />;
}
