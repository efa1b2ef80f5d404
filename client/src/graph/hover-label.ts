// A hovered or selected node's name in its white box, as sigma draws it, but turned to the node's left when it would run
// past the canvas's right edge: these names are written whole, while the view's frame leaves room for the short ones.
import type { Attributes } from 'graphology-types';
import { drawDiscNodeHover, drawDiscNodeLabel } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/** What sigma hands a label writer for one node. */
export type HoverData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

/** The box's room around the text, as sigma's own. */
const PADDING = 2;

/** The white box a hovered or selected node's name is written in, on screen, and whether it turned to the left. */
export interface HoverBox {
  x: number;
  y: number;
  width: number;
  height: number;
  left: boolean;
  /** The halo's radius around the node, which the box's rounded end follows. */
  radius: number;
}

/** Where drawHoverLabel puts the box for a name `textWidth` px wide, on a canvas `room` px wide (CSS pixels). */
export function hoverBoxOf(data: HoverData, textWidth: number, labelSize: number, room: number): HoverBox {
  const boxWidth = Math.round(textWidth + 5);
  const radius = Math.max(data.size, labelSize / 2) + PADDING;
  const half = Math.max(radius, Math.round(labelSize + 2 * PADDING) / 2);
  const left = data.x + radius + boxWidth > room && data.x - radius - boxWidth >= 0;
  const x = left ? data.x - radius - boxWidth : data.x - radius;
  return { x, y: data.y - half, width: boxWidth + 2 * radius, height: 2 * half, left, radius };
}

export function drawHoverLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: HoverData,
  settings: Settings<N, E, G>,
): void {
  const { labelSize: size, labelFont, labelWeight } = settings;
  context.font = `${labelWeight} ${size}px ${labelFont}`;
  const label = typeof data.label === 'string' ? data.label : null;
  // The canvas's width in CSS pixels, the unit sigma hands positions in.
  const room = context.canvas.clientWidth || Infinity;
  const box = label === null ? null : hoverBoxOf(data, context.measureText(label).width, size, room);
  if (!box?.left) return drawDiscNodeHover(context, data, settings);

  // Mirrored: the box ends where the node's halo begins, on its left, and the text starts at the box's left edge.
  const { radius, x: start } = box;
  const boxHeight = Math.round(size + 2 * PADDING);
  const inset = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
  const angle = Math.asin(boxHeight / 2 / radius);
  context.fillStyle = '#FFF';
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.moveTo(data.x - inset, data.y - boxHeight / 2);
  context.lineTo(start, data.y - boxHeight / 2);
  context.lineTo(start, data.y + boxHeight / 2);
  context.lineTo(data.x - inset, data.y + boxHeight / 2);
  context.arc(data.x, data.y, radius, Math.PI - angle, Math.PI + angle, true);
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  // sigma's own label writer puts the text `size + 3` px right of x: hand it the x that starts it inside the box.
  drawDiscNodeLabel(context, { ...data, x: start + 2 - data.size - 3 }, settings);
}
