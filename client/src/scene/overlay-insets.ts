// The toolbar and the status line lie over the stage: what the camera frames, and the names written, keep clear of them.
import type { Insets } from '../graph/label-frame.ts';

const OVERLAYS = ':scope > .toolbar, :scope > .status';

/** How far in from each side of `container` the stage is clear of its overlays, with `margin` pixels to spare. */
export function overlayInsets(container: HTMLElement, margin: number): Insets {
  const c = container.getBoundingClientRect();
  const out = { top: margin, right: margin, bottom: margin, left: margin };
  for (const el of container.parentElement?.querySelectorAll(OVERLAYS) ?? []) {
    const r = el.getBoundingClientRect();
    if (!r.width || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    if (r.top + r.bottom < c.top + c.bottom) out.top = Math.max(out.top, r.bottom - c.top + margin);
    else out.bottom = Math.max(out.bottom, c.bottom - r.top + margin);
  }
  return out;
}

/**
 * Calls `changed` with the insets when they change: the stage or an overlay changes size, or an overlay comes or goes
 * (a view opening brings the toolbar). Read in a ResizeObserver's callback, after layout, they cost no layout of their
 * own, where reading them at every frame would make the browser lay the page out inside sigma's render whenever the
 * DOM had changed. Returns the
 * disposer.
 */
export function watchOverlays(container: HTMLElement, margin: number, changed: (insets: Insets) => void): () => void {
  let last = '';
  const sizes = new ResizeObserver(() => {
    const now = overlayInsets(container, margin);
    const key = `${now.top} ${now.right} ${now.bottom} ${now.left}`;
    if (key === last) return;
    last = key;
    changed(now);
  });
  const observeAll = () => {
    sizes.disconnect();
    sizes.observe(container);
    for (const el of container.parentElement?.querySelectorAll(OVERLAYS) ?? []) sizes.observe(el);
  };
  const children = new MutationObserver(observeAll);
  if (container.parentElement) children.observe(container.parentElement, { childList: true });
  observeAll();
  return () => {
    children.disconnect();
    sizes.disconnect();
  };
}
