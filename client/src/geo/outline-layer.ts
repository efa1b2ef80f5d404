// A canvas under sigma's edges that draws the country outlines, their names and the band panel, synced to the camera.
import type { ExplorerSigma } from '../scene/graph-instance.ts';
import { BAND, boxOf, project } from './projection.ts';
import { LABELS, type CountryShape } from './world-outline.ts';

const LAYER = 'geo-outline';
const SEA = '#e6eff6';
const LAND = '#f8f6f0';
const BORDER = '#a9a294';
const FOCUS_LAND = '#fff3da';

/** graph → viewport is affine (normalisation, then camera): three points give its matrix. */
function affine(sigma: ExplorerSigma) {
  const o = sigma.graphToViewport({ x: 0, y: 0 });
  const ex = sigma.graphToViewport({ x: 1, y: 0 });
  const ey = sigma.graphToViewport({ x: 0, y: 1 });
  return [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y, o.x, o.y] as const;
}

export function attachOutline(sigma: ExplorerSigma, countries: CountryShape[], bandTitle: () => string): () => void {
  const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'edges' });
  canvas.setAttribute('aria-hidden', 'true');
  const band = boxOf(BAND.west, BAND.south, BAND.east, BAND.north);

  const draw = () => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = sigma.getDimensions();
    // sigma sizes the pixels of its own contexts only; this layer sizes itself.
    const [w, h] = [Math.round(width * dpr), Math.round(height * dpr)];
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = SEA;
    ctx.fillRect(0, 0, width, height);
    const [a, b, c, d, e, f] = affine(sigma);
    const scale = Math.hypot(a, b);
    ctx.save();
    ctx.transform(a, b, c, d, e, f);
    ctx.lineWidth = 1 / scale;
    ctx.strokeStyle = BORDER;
    for (const shape of countries) {
      ctx.fillStyle = shape.name === 'Syria' ? FOCUS_LAND : LAND;
      ctx.fill(shape.path);
      ctx.stroke(shape.path);
    }
    const syria = countries.find((s) => s.name === 'Syria');
    if (syria) {
      ctx.lineWidth = 2.2 / scale;
      ctx.strokeStyle = '#8a6d3b';
      ctx.stroke(syria.path);
    }
    ctx.fillStyle = 'rgb(255 255 255 / 0.93)';
    ctx.fillRect(band.x[0], band.y[0], band.x[1] - band.x[0], band.y[1] - band.y[0]);
    ctx.restore();

    ctx.textAlign = 'center';
    for (const l of LABELS) {
      const p = sigma.graphToViewport(project(l.lon, l.lat));
      ctx.font = `${l.main ? '600 15px' : '12px'} system-ui, sans-serif`;
      ctx.fillStyle = l.main ? '#8a6d3b' : '#8d877b';
      ctx.fillText(l.main ? l.name.toUpperCase() : l.name, p.x, p.y);
    }
    const corner = sigma.graphToViewport({ x: band.x[0], y: band.y[1] });
    ctx.textAlign = 'left';
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.fillStyle = '#5b6675';
    ctx.fillText(bandTitle(), corner.x + 8, corner.y + 16);
  };

  sigma.on('afterRender', draw);
  sigma.on('resize', draw);
  draw();
  return () => {
    sigma.off('afterRender', draw);
    sigma.off('resize', draw);
    sigma.killLayer(LAYER);
  };
}
