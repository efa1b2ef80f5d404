// The view ↔ the URL's query string: pure, total (any string decodes to a valid view), and round-trip exact.
import type {
  ConsoleText,
  Filters,
  Mode,
  Point,
  SceneBase,
  SceneStep,
  Selection,
  SizeBy,
  ViewState,
} from './view-state.ts';
import { DEFAULT_NEIGHBOURS, MAX_NEIGHBOURS, MAX_PATH_STEPS, MODES } from './view-state.ts';
import { ALL_ENTITY_TYPES, ALL_REL_TYPES, inClosedOrder, isRelType } from './vocabulary.ts';

/** The part of the view a shared link carries. B: add a field here, in toUrlView, and in the two tables below. */
export interface UrlView {
  mode: Mode;
  scene: SceneBase | null;
  steps: SceneStep[];
  selection: Selection | null;
  filters: Filters;
  sizeBy: SizeBy;
  expandLimit: number;
  communities: boolean;
  pinned: Record<string, Point>;
  timelineKey: string | null;
  consoleQuery: ConsoleText | null;
}

export function toUrlView(s: ViewState): UrlView {
  const { mode, scene, steps, selection, filters, sizeBy, expandLimit, communities, pinned, timelineKey } = s;
  // Only a link made in the console carries its query: elsewhere the stage may show something else by now.
  const consoleQuery = mode === 'console' ? s.consoleQuery : null;
  return {
    mode,
    scene,
    steps,
    selection,
    filters,
    sizeBy,
    expandLimit,
    communities,
    pinned,
    timelineKey,
    consoleQuery,
  };
}

/** Keys may hold anything printable: every separator we use (, ~ !) is percent-encoded inside a piece. */
const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};
const list = (raw: string | undefined) =>
  raw
    ? raw
        .split(',')
        .map(dec)
        .filter((s): s is string => s !== null && s !== '')
    : [];
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const day = (raw: string | undefined) => (raw && DAY.test(raw) ? raw : null);
const num = (raw: string | undefined) => (raw !== undefined && raw !== '' && Number.isFinite(+raw) ? +raw : null);
/** A whole number from 1 to `max`, as the API accepts it, or null. */
const upTo = (max: number) => (raw: string | undefined) => {
  const n = num(raw);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
};
/** A neighbour limit, or a path's most steps. */
const limitOf = upTo(MAX_NEIGHBOURS);
const stepsOf = upTo(MAX_PATH_STEPS);
const withLimit = (key: string, limit: number | undefined) => `${enc(key)}${limit === undefined ? '' : `~${limit}`}`;

function encodeScene(scene: SceneBase | null): [string, string][] {
  if (!scene) return [];
  if (scene.kind === 'entity') return [['focus', withLimit(scene.key, scene.limit)]];
  if (scene.kind === 'network') return [['network', '1']];
  return [
    ['path', [scene.from, scene.to, ...(scene.date ? [scene.date] : [])].map(enc).join(',')],
    ...(scene.max === undefined ? [] : [['pathMax', String(scene.max)] as [string, string]]),
    ...(scene.types === undefined ? [] : [['through', scene.types.join(',')] as [string, string]]),
  ];
}

/** A path's limits as the API accepts them; anything else is dropped, never guessed. */
function pathLimits(p: Record<string, string>) {
  const max = stepsOf(p.pathMax);
  const types = [...new Set(list(p.through))].filter(isRelType);
  return {
    ...(max !== null ? { max } : {}),
    ...(types.length ? { types } : {}),
  };
}

function decodeScene(p: Record<string, string>): SceneBase | null {
  const [from, to, date] = list(p.path);
  if (p.focus !== undefined) {
    const [k, l] = p.focus.split('~');
    const key = dec(k ?? '');
    const limit = limitOf(l);
    if (key) return limit === null ? { kind: 'entity', key } : { kind: 'entity', key, limit };
  }
  if (p.network === '1') return { kind: 'network' };
  if (from && to) return { kind: 'path', from, to, date: day(date), ...pathLimits(p) };
  return null;
}

/** `key`, `key~limit`, `key~TYPE.TYPE` or `key~limit~TYPE.TYPE`; `!key` for a collapse. */
function encodeStep(s: SceneStep): string {
  if (s.op === 'collapse') return `!${enc(s.key)}`;
  return withLimit(s.key, s.limit) + (s.types?.length ? `~${s.types.join('.')}` : '');
}

function decodeStep(raw: string): SceneStep | null {
  const collapse = raw.startsWith('!');
  const [k, ...rest] = (collapse ? raw.slice(1) : raw).split('~');
  const key = dec(k ?? '');
  if (!key) return null;
  if (collapse) return { op: 'collapse', key };
  // A part is the limit when it is a number, else the types; anything not in the closed list is dropped.
  const n = rest.map(limitOf).find((x) => x !== null) ?? null;
  const asTypes = rest.filter((r) => num(r) === null).flatMap((r) => r.split('.'));
  const types = inClosedOrder(asTypes.filter(isRelType), ALL_REL_TYPES);
  return { op: 'expand', key, ...(n !== null ? { limit: n } : {}), ...(types.length ? { types } : {}) };
}

export function encodeUrlView(v: UrlView): string {
  const f = v.filters;
  const hiddenTypes = ALL_ENTITY_TYPES.filter((t) => !f.entityTypes.includes(t));
  const hiddenRels = ALL_REL_TYPES.filter((t) => !f.relTypes.includes(t));
  const pins = Object.entries(v.pinned).map(([k, p]) => `${enc(k)}~${p.x}~${p.y}`);
  const pairs: [string, string | null][] = [
    ['mode', v.mode === 'explore' ? null : v.mode],
    ...encodeScene(v.scene),
    ['steps', v.steps.length ? v.steps.map(encodeStep).join(',') : null],
    [v.selection?.kind === 'edge' ? 'edge' : 'node', v.selection ? enc(v.selection.key) : null],
    ['hide', hiddenTypes.length ? hiddenTypes.join(',') : null],
    ['hideRels', hiddenRels.length ? hiddenRels.join(',') : null],
    ['dateFrom', f.dateFrom],
    ['dateTo', f.dateTo],
    ['size', v.sizeBy === 'degree' ? null : v.sizeBy],
    ['per', v.expandLimit === DEFAULT_NEIGHBOURS ? null : String(v.expandLimit)],
    ['communities', v.communities ? '1' : null],
    ['pins', pins.length ? pins.join(',') : null],
    ['timeline', v.timelineKey === null ? null : enc(v.timelineKey)],
    ['q', v.consoleQuery ? enc(v.consoleQuery.query) : null],
    ['qp', v.consoleQuery?.params ? enc(v.consoleQuery.params) : null],
  ];
  return pairs
    .filter((p): p is [string, string] => p[1] !== null)
    .map(([k, val]) => `${k}=${val}`)
    .join('&');
}

export function decodeUrlView(search: string): UrlView {
  // Keys come from the address and from the data: "__proto__" must be a key like any other, never a prototype.
  const p: Record<string, string> = Object.create(null);
  for (const part of search.replace(/^\?/, '').split('&')) {
    const i = part.indexOf('=');
    if (i > 0 && !(part.slice(0, i) in p)) p[part.slice(0, i)] = part.slice(i + 1);
  }
  const hidden = new Set(list(p.hide));
  const hiddenRels = new Set(list(p.hideRels));
  const pins: [string, Point][] = [];
  for (const raw of (p.pins ?? '').split(',')) {
    const [k, x, y] = raw.split('~');
    const key = dec(k ?? '');
    const [px, py] = [num(x), num(y)];
    if (key && px !== null && py !== null) pins.push([key, { x: px, y: py }]);
  }
  const pinned: Record<string, Point> = Object.fromEntries(pins);
  const [dateFrom, dateTo] = [day(p.dateFrom), day(p.dateTo)];
  const node = p.node !== undefined ? dec(p.node) : null;
  const edge = p.edge !== undefined ? dec(p.edge) : null;
  const timeline = p.timeline !== undefined ? dec(p.timeline) : null;
  const query = p.q !== undefined ? dec(p.q) : null;
  return {
    mode: (MODES as readonly string[]).includes(p.mode ?? '') ? (p.mode as Mode) : 'explore',
    scene: decodeScene(p),
    steps: (p.steps ?? '')
      .split(',')
      .map(decodeStep)
      .filter((s): s is SceneStep => s !== null),
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    filters: {
      entityTypes: ALL_ENTITY_TYPES.filter((t) => !hidden.has(t)),
      relTypes: ALL_REL_TYPES.filter((t) => !hiddenRels.has(t)),
      dateFrom: dateFrom && dateTo && dateFrom > dateTo ? dateTo : dateFrom,
      dateTo: dateFrom && dateTo && dateFrom > dateTo ? dateFrom : dateTo,
    },
    sizeBy: p.size === 'pagerank' ? 'pagerank' : 'degree',
    expandLimit: limitOf(p.per) ?? DEFAULT_NEIGHBOURS,
    communities: p.communities === '1',
    pinned,
    timelineKey: timeline || null,
    consoleQuery: query ? { query, params: (p.qp !== undefined ? dec(p.qp) : null) ?? '' } : null,
  };
}
