// A vector copy of what sigma shows (sigma has no SVG export): a plain drawing description, then SVG text (pure).
import { markDiscs, type NodeMark } from '../graph/node-marks.ts';

export interface DrawnNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label?: string;
  /** Where the name starts and its baseline, when the page wrote it elsewhere than to the node's right. */
  labelAt?: { x: number; y: number };
  /** The focus and pinned nodes carry their rings, as on screen. */
  mark?: NodeMark;
}

export interface DrawnEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Control point of a curved (parallel) edge. */
  cx?: number;
  cy?: number;
  color: string;
  width: number;
  /** Radius of the target node: the arrow stops at its rim. */
  targetR: number;
  label?: string;
}

export interface Drawing {
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** Where the edge meets the target's rim, coming from (fx, fy): arrows must not hide under the node. */
function rimPoint(fx: number, fy: number, e: DrawnEdge): [number, number] {
  const dx = e.x2 - fx;
  const dy = e.y2 - fy;
  const len = Math.hypot(dx, dy) || 1;
  return [e.x2 - (dx / len) * e.targetR, e.y2 - (dy / len) * e.targetR];
}

function edgeSvg(e: DrawnEdge, marker: string): string {
  const curved = e.cx !== undefined && e.cy !== undefined;
  const [ex, ey] = rimPoint(curved ? e.cx! : e.x1, curved ? e.cy! : e.y1, e);
  const d = curved
    ? `M${n(e.x1)} ${n(e.y1)} Q${n(e.cx!)} ${n(e.cy!)} ${n(ex)} ${n(ey)}`
    : `M${n(e.x1)} ${n(e.y1)} L${n(ex)} ${n(ey)}`;
  return `<path d="${d}" fill="none" stroke="${esc(e.color)}" stroke-width="${n(e.width)}" marker-end="url(#${marker})"/>`;
}

export function drawingToSvg(d: Drawing): string {
  const colors = [...new Set(d.edges.map((e) => e.color))];
  const markerOf = new Map(colors.map((c, i) => [c, `arrow${i}`]));
  const markers = colors.map(
    (c) =>
      `<marker id="${markerOf.get(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${esc(c)}"/></marker>`,
  );
  const edgeLabels = d.edges
    .filter((e) => e.label)
    .map((e) => {
      const [mx, my] =
        e.cx !== undefined
          ? [(e.x1 + 2 * e.cx + e.x2) / 4, (e.y1 + 2 * e.cy! + e.y2) / 4]
          : [(e.x1 + e.x2) / 2, (e.y1 + e.y2) / 2];
      return `<text x="${n(mx)}" y="${n(my - 4)}" class="edge-label">${esc(e.label!)}</text>`;
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}" font-family="system-ui, sans-serif">`,
    `<defs>${markers.join('')}<style>.label{font-size:13px;fill:#1d2430;paint-order:stroke;stroke:#fff;stroke-width:3px}.edge-label{font-size:11px;fill:#5b6675;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}</style></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges">${d.edges.map((e) => edgeSvg(e, markerOf.get(e.color)!)).join('')}</g>`,
    `<g class="nodes">${d.nodes
      .map((v) =>
        markDiscs(v.mark ?? null, v.r, v.color)
          .map((c) => `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(c.r)}" fill="${esc(c.color)}"/>`)
          .join(''),
      )
      .join('')}</g>`,
    `<g class="labels">${[
      ...d.nodes
        .filter((v) => v.label)
        .map((v) => {
          const at = v.labelAt ?? { x: v.x + v.r + 3, y: v.y + 4 };
          return `<text x="${n(at.x)}" y="${n(at.y)}" class="label">${esc(v.label!)}</text>`;
        }),
      ...edgeLabels,
    ].join('')}</g>`,
    '</svg>',
  ].join('\n');
}
