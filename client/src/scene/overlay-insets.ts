// The toolbar and the status line lie over the stage: what the camera frames, and the names written, keep clear of them.
import type { Insets } from '../graph/label-frame.ts';

/** How far in from each side of `container` the stage is clear of its overlays, with `margin` pixels to spare. */
export function overlayInsets(container: HTMLElement, margin: number): Insets {
  const c = container.getBoundingClientRect();
  const out = { top: margin, right: margin, bottom: margin, left: margin };
  for (const el of container.parentElement?.querySelectorAll(':scope > .toolbar, :scope > .status') ?? []) {
    const r = el.getBoundingClientRect();
    if (!r.width || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    if (r.top + r.bottom < c.top + c.bottom) out.top = Math.max(out.top, r.bottom - c.top + margin);
    else out.bottom = Math.max(out.bottom, c.bottom - r.top + margin);
  }
  return out;
}
