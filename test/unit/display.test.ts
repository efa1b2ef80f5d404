// Display derivation: what sigma is told to draw, from the data and the view, without touching the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RelationAttributes } from '../../server/contract.ts';
import { edgeDisplay, nodeDisplay, type DisplayContext } from '../../client/src/graph/display.ts';
import type { NodeAttributes } from '../../client/src/graph/graph-model.ts';
import { curvatureOf } from '../../client/src/graph/curvature.ts';
import { CANVAS_NAME_LENGTH, canvasName, DIMMED, ENTITY_COLORS, relationColor } from '../../client/src/graph/style.ts';
import { defaultFilters } from '../../client/src/state/view-state.ts';

const ctx = (over: Partial<DisplayContext> = {}): DisplayContext => ({
  filters: defaultFilters,
  selection: null,
  hovered: null,
  nearHover: null,
  hoverEdges: null,
  highlight: null,
  pinned: new Set(),
  labelled: new Set(),
  labelledEdges: new Set(),
  sizeOf: () => 7,
  colorOf: (_n, a) => ENTITY_COLORS[a.entityType],
  curvatureOf: () => 0,
  ...over,
});
const hts: NodeAttributes = { entityType: 'Faction', name: 'HTS', founded: '2017', x: 1, y: 2 };
const capture: NodeAttributes = { entityType: 'Event', name: 'Capture of Hama', date: '2024-12-05', x: 0, y: 0 };
const opposes: RelationAttributes = { relType: 'OPPOSES' };

describe('node display', () => {
  it('colours and sizes by type and measure, labelled with the name', () => {
    expect(nodeDisplay('hts', hts, ctx())).toMatchObject({
      x: 1,
      y: 2,
      label: 'HTS',
      color: ENTITY_COLORS.Faction,
      size: 7,
      type: 'circle',
    });
  });

  it('hides what the filters leave out, without changing the data', () => {
    const before = { ...capture };
    // Hidden, but still placed: sigma wants a position for every node.
    const hidden = { x: 0, y: 0, hidden: true, label: '' };
    expect(nodeDisplay('c', capture, ctx({ filters: { ...defaultFilters, dateTo: '2024-12-04' } }))).toEqual(hidden);
    expect(nodeDisplay('c', capture, ctx({ filters: { ...defaultFilters, entityTypes: ['Faction'] } }))).toEqual(
      hidden,
    );
    expect(capture).toEqual(before);
  });

  it('dims what is not next to the hovered node, and labels what is', () => {
    const near = new Set(['hts', 'jolani']);
    expect(nodeDisplay('c', capture, ctx({ hovered: 'hts', nearHover: near }))).toMatchObject({
      color: DIMMED,
      label: '',
    });
    expect(nodeDisplay('hts', hts, ctx({ hovered: 'hts', nearHover: near }))).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
  });

  it('on a big view, hovering lifts the neighbourhood out and leaves the rest as it was (nothing else repaints)', () => {
    const near = new Set(['hts', 'jolani']);
    const big = ctx({ hovered: 'hts', nearHover: near, hoverDimsOthers: false });
    expect(nodeDisplay('c', capture, big)).toEqual(nodeDisplay('c', capture, ctx()));
    expect(nodeDisplay('hts', hts, big)).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 1 });
  });

  it('a highlighted path dims everything off it; the selection is never dimmed', () => {
    const highlight = { nodes: new Set(['hts']), edges: new Set<string>() };
    expect(nodeDisplay('c', capture, ctx({ highlight })).color).toBe(DIMMED);
    expect(nodeDisplay('hts', hts, ctx({ highlight })).color).toBe(ENTITY_COLORS.Faction);
    const selected = nodeDisplay('c', capture, ctx({ highlight, selection: { kind: 'node', key: 'c' } }));
    expect(selected).toMatchObject({ color: ENTITY_COLORS.Event, forceLabel: true, zIndex: 2 });
  });

  it('draws pinned nodes with the ringed program, and always names the labelled ones', () => {
    expect(nodeDisplay('hts', hts, ctx({ pinned: new Set(['hts']) })).type).toBe('pinned');
    expect(nodeDisplay('hts', hts, ctx({ labelled: new Set(['hts']) }))).toMatchObject({
      forceLabel: true,
      alwaysLabel: true,
    });
    // A hovered node's neighbour goes before other names, but is written only where it meets none (node-labels.ts).
    const near = nodeDisplay('jolani', hts, ctx({ hovered: 'hts', nearHover: new Set(['hts', 'jolani']) }));
    expect(near.forceLabel).toBe(true);
    expect(near.alwaysLabel).toBeUndefined();
  });

  it('rings the node the view was opened on, pinned or not, and nothing else', () => {
    expect(nodeDisplay('hts', hts, ctx({ focus: 'hts' }))).toMatchObject({ type: 'focus', mark: 'focus' });
    expect(nodeDisplay('hts', hts, ctx({ focus: 'hts', pinned: new Set(['hts']) }))).toMatchObject({
      type: 'focus-pinned',
      mark: 'focus-pinned',
    });
    expect(nodeDisplay('c', capture, ctx({ focus: 'hts' }))).not.toHaveProperty('mark');
    expect(nodeDisplay('c', capture, ctx({ focus: 'hts' })).type).toBe('circle');
    // Dimmed by a hover elsewhere, it keeps its rings (in the dimmed colour): it is still where the view began.
    const dimmed = nodeDisplay('hts', hts, ctx({ focus: 'hts', hovered: 'c', nearHover: new Set(['c']) }));
    expect(dimmed).toMatchObject({ type: 'focus', color: DIMMED });
  });

  it('shortens a long name on the canvas, and writes it whole for the hovered, selected and always-named node', () => {
    const name = 'Al-Jolani’s assurances and ultimatum in Aleppo';
    const event: NodeAttributes = { entityType: 'Event', name, date: '2024-11-30', x: 0, y: 0 };
    expect(nodeDisplay('e', event, ctx()).label).toBe('Al-Jolani’s assurances and…');
    expect(nodeDisplay('e', event, ctx({ hovered: 'e', nearHover: new Set(['e']) })).label).toBe(name);
    expect(nodeDisplay('e', event, ctx({ selection: { kind: 'node', key: 'e' } })).label).toBe(name);
    expect(nodeDisplay('e', event, ctx({ labelled: new Set(['e']) })).label).toBe(name);
    // A neighbour of the hovered node is lit up, not singled out: its name stays short.
    expect(nodeDisplay('e', event, ctx({ hovered: 'x', nearHover: new Set(['x', 'e']) })).label).toBe(
      'Al-Jolani’s assurances and…',
    );
  });

  it('cuts a canvas name after a whole word, within the limit, and leaves short names alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (name) => {
        const shown = canvasName(name);
        if (name.length <= CANVAS_NAME_LENGTH) {
          expect(shown).toBe(name);
          return;
        }
        expect(shown.endsWith('…')).toBe(true);
        expect(shown.length).toBeLessThanOrEqual(CANVAS_NAME_LENGTH);
        expect(name.startsWith(shown.slice(0, -1))).toBe(true);
      }),
    );
    expect(canvasName('Advance into the northern Hama countryside')).toBe('Advance into the northern Hama…');
  });
});

describe('big view drawing', () => {
  it('draws nodes as points and every relationship as a plain line; the focus and pinned nodes keep their rings over it', () => {
    const plain = ctx({ plain: true, curvatureOf: () => 0.3 });
    expect(nodeDisplay('hts', hts, plain)).toMatchObject({ type: 'point', color: ENTITY_COLORS.Faction });
    // Their rings are painted over the point (graph/mark-layer.ts): no GL program of their own in a big view.
    expect(nodeDisplay('hts', hts, { ...plain, pinned: new Set(['hts']) })).toMatchObject({
      type: 'point',
      mark: 'pinned',
    });
    expect(nodeDisplay('hts', hts, { ...plain, focus: 'hts' })).toMatchObject({ type: 'point', mark: 'focus' });
    expect(nodeDisplay('hts', hts, plain).mark).toBeUndefined();
    expect(edgeDisplay('e', opposes, plain)).toMatchObject({
      type: 'line',
      color: relationColor('OPPOSES'),
    });
    expect(edgeDisplay('e', opposes, plain)).not.toHaveProperty('curvature');
  });
});

describe('edge display', () => {
  it('colours by relationship family, arrows when alone, curves when parallel', () => {
    expect(edgeDisplay('e', opposes, ctx())).toMatchObject({
      color: relationColor('OPPOSES'),
      type: 'arrow',
      label: '',
    });
    expect(edgeDisplay('e', opposes, ctx({ curvatureOf: () => 0.3 }))).toMatchObject({
      type: 'curved',
      curvature: 0.3,
    });
  });

  it('names the relationships of the paths found, and the selected one, whatever their names meet', () => {
    expect(edgeDisplay('e', opposes, ctx({ labelledEdges: new Set(['e']) }))).toMatchObject({
      size: 3,
      label: 'opposes',
      alwaysLabel: true,
    });
    expect(edgeDisplay('e', opposes, ctx({ selection: { kind: 'edge', key: 'e' } }))).toMatchObject({
      label: 'opposes',
      alwaysLabel: true,
    });
  });

  it('names and thickens the edges of the hovered node where their names fit, dims the rest', () => {
    const c = ctx({ hovered: 'a', nearHover: new Set(['a', 'b']), hoverEdges: new Set(['e']) });
    expect(edgeDisplay('e', opposes, c)).toMatchObject({
      size: 3,
      label: 'opposes',
      forceLabel: true,
      alwaysLabel: false,
    });
    expect(edgeDisplay('f', opposes, c).color).toBe(DIMMED);
  });

  it('on a big view, hovering names the edges of the hovered node and leaves the others undimmed', () => {
    const c = ctx({ hovered: 'a', nearHover: new Set(['a', 'b']), hoverEdges: new Set(['e']), hoverDimsOthers: false });
    expect(edgeDisplay('e', opposes, c)).toMatchObject({ size: 3, label: 'opposes' });
    expect(edgeDisplay('f', opposes, c)).toEqual(edgeDisplay('f', opposes, ctx()));
  });

  it('draws no relationship while a big view waits for its first positions', () => {
    expect(edgeDisplay('e', opposes, ctx({ edgesHidden: true }))).toEqual({ hidden: true });
    expect(edgeDisplay('e', opposes, ctx()).hidden).toBe(false);
  });

  it('answers every field sigma would otherwise fill in, so each relationship keeps one shape (a big view has 250,000)', () => {
    const filled = ['color', 'label', 'size', 'hidden', 'forceLabel', 'type', 'zIndex'];
    for (const c of [ctx(), ctx({ plain: true }), ctx({ curvatureOf: () => 0.3 })])
      expect(Object.keys(edgeDisplay('e', opposes, c))).toEqual(expect.arrayContaining(filled));
  });

  it('hides relationships outside the date range or of a hidden type', () => {
    expect(
      edgeDisplay(
        'e',
        { relType: 'CAPTURED', date: '2024-12-05' },
        ctx({ filters: { ...defaultFilters, dateTo: '2024-12-01' } }),
      ),
    ).toEqual({ hidden: true });
    expect(edgeDisplay('e', opposes, ctx({ filters: { ...defaultFilters, relTypes: ['BACKS'] } }))).toEqual({
      hidden: true,
    });
  });
});

describe('parallel edge curvature', () => {
  it('is zero for a lone edge and grows with the rank among parallels, mirrored for negative ranks', () => {
    expect(curvatureOf(undefined)).toBe(0);
    expect(curvatureOf({ index: null, min: null, max: null })).toBe(0);
    const one = curvatureOf({ index: 1, min: -1, max: 1 });
    expect(one).toBeGreaterThan(0);
    expect(curvatureOf({ index: -1, min: -1, max: 1 })).toBe(-one);
    expect(curvatureOf({ index: 0, min: -1, max: 1 })).toBe(0);
  });
});
