// What the page does, in verbs: components (and B's panels) import them from here. Wiring only; each lives in scene/.
export { graph, layout, renderer, repaint } from './scene/graph-instance.ts';
export { track } from './scene/track.ts';
export { fitView, frameMap, settleCamera } from './scene/camera-fit.ts';
export { openEntity, openNetwork, findPaths } from './scene/load-scene.ts';
export { expand, showMore, collapse, isExpanded, hasExpansion } from './scene/expand-collapse.ts';
export { expandAsShown, expandThroughType } from './scene/expand-through.ts';
export { pin, unpin } from './scene/pins.ts';
export { showNode } from './scene/show-node.ts';
export { switchMode, exploreEntity, addEntity } from './scene/modes.ts';
export { startUrlSync, shareableUrl } from './scene/url-sync.ts';
