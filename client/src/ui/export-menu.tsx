// The Export menu: a disclosure button with one item per format, each saying what it holds.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportView, type ExportFormat } from '../export/export-view.ts';
import { graph } from '../explorer.ts';
import { view } from '../state/store.ts';

const ITEMS: { format: ExportFormat; label: string; what: string }[] = [
  { format: 'png', label: 'PNG image', what: 'the view as drawn' },
  { format: 'svg', label: 'SVG drawing', what: 'the view as drawn, scalable' },
  { format: 'gexf', label: 'GEXF', what: 'the subgraph, for Gephi' },
  { format: 'graphml', label: 'GraphML', what: 'the subgraph, for yEd, Cytoscape, NetworkX' },
  { format: 'json', label: 'JSON', what: 'the subgraph, graphology format' },
  { format: 'csv', label: 'Facts CSV', what: 'every fact in view with its sources' },
];

export function ExportMenu() {
  void view.value.graphRevision;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  const choose = (f: ExportFormat) => {
    setOpen(false);
    void exportView(f);
  };
  return (
    <div
      class="menu"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="export-menu"
        disabled={graph.order === 0}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <ul id="export-menu" class="menu-list" aria-label="Export formats">
          {ITEMS.map((i) => (
            <li key={i.format}>
              <button type="button" onClick={() => choose(i.format)}>
                <b>{i.label}</b> <span class="hint">{i.what}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
