// Colours and sizes derived from domain attributes: the single place the page decides how a type looks.
import type { EntityLabel, RelationshipType } from '../../../server/contract.ts';

export const ENTITY_COLORS: Record<EntityLabel, string> = {
  Faction: '#d1495b',
  Person: '#2e86ab',
  Place: '#3a9d5d',
  Event: '#edae49',
  Source: '#8d8d8d',
};

export const ENTITY_DESCRIPTIONS: Record<EntityLabel, string> = {
  Faction: 'Armed groups, states, forces, coalitions',
  Person: 'People',
  Place: 'Cities, towns, bases, regions',
  Event: 'Operations, captures, battles, statements',
  Source: 'Documents the facts come from',
};

/** Relationship families share a colour, so hostility, alliance, backing and lineage read at a glance. */
export const RELATION_FAMILIES: { name: string; color: string; types: RelationshipType[] }[] = [
  { name: 'Hostility', color: '#c62828', types: ['OPPOSES'] },
  { name: 'Alliance', color: '#2e7d32', types: ['ALLIED_WITH'] },
  { name: 'Backing', color: '#00838f', types: ['BACKS'] },
  {
    name: 'Lineage',
    color: '#8e24aa',
    types: ['SUCCEEDED', 'SPLIT_FROM', 'MERGED_INTO', 'AFFILIATED_WITH', 'FOUNDED'],
  },
  { name: 'Leadership & membership', color: '#3f51b5', types: ['LEADS', 'MEMBER_OF', 'PART_OF'] },
  { name: 'Territory', color: '#d35400', types: ['CAPTURED', 'WITHDREW_FROM', 'CONTROLS', 'BASED_IN', 'FLED_TO'] },
  { name: 'Events & places', color: '#9aa5b1', types: ['PARTICIPATED_IN', 'OCCURRED_IN', 'LOCATED_IN', 'KILLED_IN'] },
];

/** In the faction network, nodes are coloured by what kind of actor they are. */
export const FACTION_KIND_COLORS: Record<string, string> = {
  'armed-group': '#d1495b',
  coalition: '#f08a24',
  'operations-room': '#e377c2',
  state: '#2e5aac',
  'state-army': '#5b8fd9',
  'state-force': '#8fb8ee',
  'intelligence-service': '#6a51a3',
  militia: '#8c564b',
  government: '#17a2b8',
  'political-organization': '#b5b82a',
  'international-organization': '#7f7f7f',
  media: '#c7c7c7',
};

/** Louvain communities, largest first; beyond the palette (and for lone nodes) a neutral grey. */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
];
export const NO_COMMUNITY = '#bab0ac';

// Looked up once per relationship per frame (250,000 in a big view): a map, not a search through the families.
const FAMILY_COLOR = new Map(RELATION_FAMILIES.flatMap((f) => f.types.map((t) => [t, f.color] as const)));

export function relationColor(type: RelationshipType): string {
  return FAMILY_COLOR.get(type) ?? '#9aa5b1';
}

/** "PARTICIPATED_IN" → "participated in" */
export function humanize(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Names on the canvas stop here: an event's title can run to 50 characters, a fifth of a narrow canvas. */
export const CANVAS_NAME_LENGTH = 32;

/**
 * A name as written beside its node: cut after the last whole word that fits, with an ellipsis. The hovered, selected
 * and always-named nodes show it whole, as do the details panel and the list of nodes in view.
 */
export function canvasName(name: string): string {
  if (name.length <= CANVAS_NAME_LENGTH) return name;
  const space = name.lastIndexOf(' ', CANVAS_NAME_LENGTH - 1);
  // A long first word is cut where it must be.
  return `${name.slice(0, space > CANVAS_NAME_LENGTH / 2 ? space : CANVAS_NAME_LENGTH - 1).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Area grows with degree, gently, so hubs stand out without swallowing their neighbours. */
export function nodeSize(degree: number): number {
  return 4 + Math.min(14, Math.sqrt(degree) * 2.2);
}

/** A share of the largest value (PageRank) on the same 4…18 pixel scale. */
export function relativeSize(value: number, max: number): number {
  return 4 + 14 * Math.sqrt(max > 0 ? value / max : 0);
}

export const DIMMED = '#e3e6ea';
