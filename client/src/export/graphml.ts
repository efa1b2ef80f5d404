// The view as GraphML (yEd, Cytoscape, NetworkX): typed <key> declarations, then nodes and edges with their data.
import type { ExplorerGraph } from '../graph/graph-model.ts';
import { flatten } from './view-graph.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
// XML 1.0 cannot carry most control characters at all, escaped or not.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

type Kind = 'node' | 'edge';
type AttrType = 'string' | 'double' | 'boolean';

function declare(
  keys: Map<string, { id: string; kind: Kind; type: AttrType }>,
  kind: Kind,
  attrs: Record<string, unknown>,
) {
  for (const [name, v] of Object.entries(attrs)) {
    const type: AttrType = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
    const k = `${kind}:${name}`;
    const seen = keys.get(k);
    // A property with mixed types across rows (a year as number here, a string there) is declared as string.
    if (!seen) keys.set(k, { id: `${kind[0]}${keys.size}`, kind, type });
    else if (seen.type !== type) seen.type = 'string';
  }
}

export function toGraphml(g: ExplorerGraph): string {
  const keys = new Map<string, { id: string; kind: Kind; type: AttrType }>();
  const nodes: [string, Record<string, string | number | boolean>][] = [];
  const edges: [string, string, string, Record<string, string | number | boolean>][] = [];
  g.forEachNode((key, a) => nodes.push([key, flatten(a)]));
  g.forEachEdge((key, a, s, t) => edges.push([key, s, t, flatten(a)]));
  nodes.forEach(([, a]) => declare(keys, 'node', a));
  edges.forEach(([, , , a]) => declare(keys, 'edge', a));
  const data = (kind: Kind, attrs: Record<string, unknown>) =>
    Object.entries(attrs)
      .map(([name, v]) => `<data key="${keys.get(`${kind}:${name}`)!.id}">${esc(clean(String(v)))}</data>`)
      .join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...keys].map(
      ([k, d]) =>
        `  <key id="${d.id}" for="${d.kind}" attr.name="${esc(k.slice(d.kind.length + 1))}" attr.type="${d.type}"/>`,
    ),
    '  <graph id="view" edgedefault="directed">',
    ...nodes.map(([key, a]) => `    <node id="${esc(clean(key))}">${data('node', a)}</node>`),
    ...edges.map(
      ([key, s, t, a]) =>
        `    <edge id="${esc(clean(key))}" source="${esc(clean(s))}" target="${esc(clean(t))}">${data('edge', a)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}
