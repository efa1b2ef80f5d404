// Entering and leaving map mode on the page's sigma: geographic positions through the node reducer, the frame, the outline.
import { frameMap, graph, layout, renderer, repaint } from '../explorer.ts';
import { RESET } from '../graph/label-frame.ts';
import { GeoGraph } from './geo-graph.ts';
import { geoLayout } from './geo-layout.ts';
import { geo, loadPlaces, outlineReady, places, wholeWorldFrame } from './geo-state.ts';
import { attachOutline } from './outline-layer.ts';
import { MAP_FRAME, type Box } from './projection.ts';
import { loadCountries } from './world-outline.ts';

const mirror = new GeoGraph(graph);

/** Recomputes positions for the graph in view; cheap (one pass), so it runs on every structural change. */
export function relayout(): void {
  const p = places.value;
  if (!p) return;
  const nodes = graph.mapNodes((key, a) => ({ key, entityType: a.entityType, name: a.name, lat: a.lat, lon: a.lon }));
  geo.value = geoLayout(nodes, p);
  mirror.place(geo.value.positions);
}

/** What the map frames: the region and the band, or (zoomed out from the panel) every place drawn too. */
let frameBox: Box = MAP_FRAME;

/** Frames `box`, and within it every name (camera-fit.ts). */
export function showMapFrame(box: Box): void {
  const sigma = renderer.current;
  if (!sigma) return;
  frameBox = box;
  wholeWorldFrame.value = box !== MAP_FRAME;
  sigma.setCustomBBox(box);
  sigma.getCamera().setState(RESET);
  sigma.refresh();
  frameMap(sigma, graph);
}

/**
 * Positions from coordinates are layout, not data: sigma draws a mirror of the graph carrying them, so the page
 * graph's force-layout x/y are untouched and come back when the mode is left. The force layout waits meanwhile.
 */
export async function enterMap(isStillMap: () => boolean): Promise<() => void> {
  const sigma = renderer.current;
  if (!sigma) return () => {};
  layout.suspend();
  const [countries] = await Promise.all([loadCountries(), loadPlaces()]).catch((err: unknown) => {
    layout.resume();
    throw err;
  });
  if (!isStillMap()) {
    layout.resume();
    return () => {};
  }
  mirror.attach();
  relayout();
  repaint.current?.drawFrom(mirror.graph);
  // A layout run or a new scene clears the custom frame; in map mode the frame is always the one chosen.
  const keepFrame = () => {
    if (sigma.getCustomBBox() !== frameBox) {
      sigma.setCustomBBox(frameBox);
      sigma.scheduleRefresh();
    }
  };
  sigma.on('beforeRender', keepFrame);
  const detach = attachOutline(sigma, countries, () => {
    const n = geo.value ? geo.value.inBand.length + geo.value.placesWithoutCoordinates.length : 0;
    return `Not on the map (${n})`;
  });
  showMapFrame(MAP_FRAME);
  outlineReady.value = true;
  return () => {
    sigma.off('beforeRender', keepFrame);
    frameBox = MAP_FRAME;
    wholeWorldFrame.value = false;
    detach();
    mirror.detach();
    repaint.current?.drawFrom(graph);
    sigma.setCustomBBox(null);
    sigma.getCamera().setState(RESET);
    sigma.refresh();
    outlineReady.value = false;
    layout.resume();
  };
}
