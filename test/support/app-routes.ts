// Lists the routes an Express 5 app really serves, by walking its router stack (router 2.x keeps each layer's path).
import type { Express } from 'express';

interface LayerLike {
  rawPath?: string | string[] | RegExp;
  route?: { path: string | RegExp; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

function join(prefix: string, path: string): string {
  const p = `${prefix}/${path}`.replace(/\/+/g, '/');
  return p.length > 1 ? p.replace(/\/$/, '') : p;
}

function walk(stack: LayerLike[], prefix: string, out: string[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const path = layer.route.path instanceof RegExp ? String(layer.route.path) : join(prefix, layer.route.path);
      for (const [method, on] of Object.entries(layer.route.methods))
        if (on && method !== '_all') out.push(`${method.toUpperCase()} ${path}`);
    } else if (layer.handle?.stack) {
      const mount = typeof layer.rawPath === 'string' ? layer.rawPath : '/';
      walk(layer.handle.stack, join(prefix, mount), out);
    }
  }
}

/** "GET /api/nodes/:key", one per method and path, sorted. */
export function servedRoutes(app: Express): string[] {
  const out: string[] = [];
  walk((app as unknown as { router: { stack: LayerLike[] } }).router.stack, '', out);
  return [...new Set(out)].sort();
}
