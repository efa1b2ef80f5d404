// What a reader cannot see of the drawing: names running off the canvas's edges (ink in sigma's label layer at its
// border), names under the toolbar, and nodes under the toolbar or outside the canvas.
import type { Page } from 'playwright-core';

export interface HiddenParts {
  /** Edges of the canvas where some name runs off: 'left', 'right', 'top', 'bottom'. */
  namesCutAt: string[];
  /** Pixels of names drawn where the toolbar lies over the canvas. */
  nameInkUnderToolbar: number;
  /** Nodes whose disc is partly under the toolbar or outside the canvas. */
  nodesHidden: string[];
}

export function hiddenParts(page: Page): Promise<HiddenParts> {
  return page.evaluate(() => {
    const ex = window.__explorer!;
    const labels = ex.sigma.getCanvases().labels!;
    const ctx = labels.getContext('2d')!;
    const { width: w, height: h } = labels;
    const inked = (x: number, y: number, cw: number, ch: number) => {
      if (cw <= 0 || ch <= 0) return 0;
      const data = ctx.getImageData(x, y, cw, ch).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    };
    // Two pixels deep along each edge: text clipped by the border leaves ink there, text ending inside does not.
    const edges: [string, number, number, number, number][] = [
      ['left', 0, 0, 2, h],
      ['right', w - 2, 0, 2, h],
      ['top', 0, 0, w, 2],
      ['bottom', 0, h - 2, w, 2],
    ];
    const namesCutAt = edges.filter(([, x, y, cw, ch]) => inked(x, y, cw, ch) > 0).map(([side]) => side);
    const box = ex.sigma.getContainer().getBoundingClientRect();
    const scale = w / box.width;
    const bar = document.querySelector('.toolbar')?.getBoundingClientRect();
    const under = bar && {
      left: Math.max(0, bar.left - box.left),
      top: Math.max(0, bar.top - box.top),
      right: Math.min(box.width, bar.right - box.left),
      bottom: Math.min(box.height, bar.bottom - box.top),
    };
    const nameInkUnderToolbar = under
      ? inked(
          Math.floor(under.left * scale),
          Math.floor(under.top * scale),
          Math.ceil((under.right - under.left) * scale),
          Math.ceil((under.bottom - under.top) * scale),
        )
      : 0;
    const nodesHidden = ex.graph.nodes().filter((key) => {
      const d = ex.sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return false;
      const p = ex.sigma.framedGraphToViewport(d);
      const r = ex.sigma.scaleSize(d.size);
      if (p.x - r < 0 || p.y - r < 0 || p.x + r > box.width || p.y + r > box.height) return true;
      return !!under && p.x + r > under.left && p.x - r < under.right && p.y + r > under.top && p.y - r < under.bottom;
    });
    return { namesCutAt, nameInkUnderToolbar, nodesHidden };
  });
}
