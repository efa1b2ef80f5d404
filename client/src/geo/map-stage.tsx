// Mounted over the stage in every mode: in map mode it switches the page's sigma to geographic positions over the outline.
import { useEffect } from 'preact/hooks';
import { renderer } from '../explorer.ts';
import { view } from '../state/store.ts';
import { geo, geoError, outlineReady } from './geo-state.ts';
import { enterMap, relayout } from './map-mode.ts';
import './map.css';

export function MapStage() {
  const v = view.value;
  const isMap = v.mode === 'map';

  useEffect(() => {
    if (!isMap) return;
    let leave: (() => void) | null = null;
    let live = true;
    // sigma is mounted by the graph view's effect; wait a frame if it is not there yet.
    const start = () => {
      if (!live) return;
      if (!renderer.current) return void requestAnimationFrame(start);
      void enterMap(() => live && view.value.mode === 'map').then((exit) => {
        if (live) leave = exit;
        else exit();
      });
    };
    start();
    return () => {
      live = false;
      leave?.();
    };
  }, [isMap]);

  useEffect(() => {
    if (!isMap || !outlineReady.value) return;
    relayout();
    renderer.current?.refresh();
  }, [isMap, v.graphRevision, outlineReady.value]);

  if (!isMap) return null;
  if (geoError.value) return <p class="map-badge error">{geoError.value}</p>;
  if (!outlineReady.value) return <p class="map-badge loading">Drawing the map…</p>;
  return (
    <p class="map-badge" data-map="ready">
      {geo.value?.atCoordinates ?? 0} places at their coordinates · outlines: Natural Earth (offline)
    </p>
  );
}
