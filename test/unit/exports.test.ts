// The client's exports parse back in the tools they are for: GEXF and GraphML (graphology's own parsers), SVG as XML.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it, vi } from 'vitest';
import { toGexf } from '../../client/src/export/gexf.ts';
import { toGraphml } from '../../client/src/export/graphml.ts';
import { drawingToSvg } from '../../client/src/export/svg-drawing.ts';
import { viewGraph } from '../../client/src/export/view-graph.ts';
import { createGraph } from '../../client/src/graph/graph-model.ts';
import { defaultFilters } from '../../client/src/state/view-state.ts';

// The page imports graphology-gexf's browser build, which names DOMParser and Document when loaded (its parser, unused
// here): lend it xmldom's parser and a stand-in.
await vi.hoisted(async () => {
  const xmldom = await import('@xmldom/xmldom');
  Object.assign(globalThis, { DOMParser: xmldom.DOMParser, Document: function Document() {} });
});

function sample() {
  const g = createGraph();
  g.addNode('hts', {
    entityType: 'Faction',
    name: 'Hay’at Tahrir al-Sham',
    aliases: ['HTS', 'Tahrir <al> & "Sham"'],
    founded: '2017',
    x: 1.5,
    y: -2,
    fixed: true,
  });
  g.addNode('hama', { entityType: 'Place', name: 'Hama', lat: 35.13, lon: 36.75, x: 3, y: 4 });
  g.addNode('capture-of-hama', { entityType: 'Event', name: 'Capture of Hama', date: '2024-12-05', x: 0, y: 0 });
  g.addEdgeWithKey('hts>CAPTURED>hama', 'hts', 'hama', { relType: 'CAPTURED', date: '2024-12-05', sourceCount: 2 });
  g.addEdgeWithKey('e2', 'hts', 'hama', { relType: 'CONTROLS', disputed: false });
  g.addEdgeWithKey('e3', 'capture-of-hama', 'hama', { relType: 'OCCURRED_IN' });
  return g;
}

describe('view graph', () => {
  it('keeps only what the filters show, and no layout bookkeeping', () => {
    const v = viewGraph(sample(), { ...defaultFilters, dateTo: '2024-12-01' });
    expect(v.nodes().sort()).toEqual(['hama', 'hts']);
    expect(v.edges()).toEqual(['e2']);
    expect(v.getNodeAttributes('hts')).not.toHaveProperty('fixed');
  });
});

describe('GEXF', () => {
  it('parses back with the same nodes, edges, attributes and positions', () => {
    const g = viewGraph(sample(), defaultFilters);
    const text = toGexf(g, { colorOf: () => '#d1495b', sizeOf: () => 9 });
    const back = parseGexf(Graph, text);
    expect(back.order).toBe(3);
    expect(back.size).toBe(3);
    expect(back.getNodeAttributes('hts')).toMatchObject({
      label: 'Hay’at Tahrir al-Sham',
      founded: '2017',
      x: 1.5,
      y: -2,
      size: 9,
    });
    expect(back.getNodeAttribute('hts', 'aliases')).toBe('HTS; Tahrir <al> & "Sham"');
    expect(back.getEdgeAttribute('hts>CAPTURED>hama', 'relType')).toBe('CAPTURED');
  });
});

describe('GraphML', () => {
  it('parses back with typed attributes and the edges keyed as in the data', () => {
    const text = toGraphml(viewGraph(sample(), defaultFilters));
    const back = parseGraphml(Graph, text);
    expect(back.order).toBe(3);
    expect(back.hasEdge('hts>CAPTURED>hama')).toBe(true);
    expect(back.getNodeAttribute('hama', 'lat')).toBe(35.13);
    expect(back.getNodeAttribute('hts', 'aliases')).toBe('HTS; Tahrir <al> & "Sham"');
    expect(back.getEdgeAttribute('e2', 'disputed')).toBe(false);
    expect(back.getEdgeAttribute('hts>CAPTURED>hama', 'sourceCount')).toBe(2);
  });
});

describe('SVG', () => {
  it('is well-formed XML with one circle per node (rings as nested discs), one path per edge, and escaped labels', () => {
    const svg = drawingToSvg({
      width: 400,
      height: 300,
      nodes: [
        { x: 10, y: 10, r: 5, color: '#d1495b', label: 'A & <B>', mark: 'pinned' },
        { x: 100, y: 80, r: 7, color: '#2e86ab' },
        { x: 200, y: 80, r: 10, color: '#3a9d5d', mark: 'focus' },
      ],
      edges: [
        { x1: 10, y1: 10, x2: 100, y2: 80, color: '#c62828', width: 1.5, targetR: 7, label: 'opposes' },
        { x1: 10, y1: 10, x2: 100, y2: 80, cx: 70, cy: 20, color: '#2e7d32', width: 1.5, targetR: 7 },
      ],
    });
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level: string, msg: unknown) => void errors.push(`${level}: ${String(msg)}`),
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const circles = doc.getElementsByTagName('circle');
    const discs = Array.from({ length: circles.length }, (_, i) =>
      ['cx', 'r', 'fill'].map((a) => circles.item(i)!.getAttribute(a)).join(' '),
    );
    // Painted outside in: a pin's dark ring, then the node; the focus's ring in its own colour, a white gap, the node.
    expect(discs).toEqual([
      '10 5 #1d2430',
      '10 3.9 #d1495b',
      '100 7 #2e86ab',
      '200 10 #3a9d5d',
      '200 8 #ffffff',
      '200 6.2 #3a9d5d',
    ]);
    expect(doc.getElementsByTagName('g')[0]!.getElementsByTagName('path')).toHaveLength(2);
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).toMatch(/ Q70 20 /);
  });
});
