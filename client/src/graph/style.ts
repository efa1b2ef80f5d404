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

/** Relationship families share a colour, so hostility, backing and lineage read at a glance. */
export const RELATION_FAMILIES: { name: string; color: string; types: RelationshipType[] }[] = [
  { name: 'Hostility', color: '#c0392b', types: ['OPPOSES'] },
  { name: 'Alliance & backing', color: '#27ae60', types: ['ALLIED_WITH', 'BACKS'] },
  {
    name: 'Lineage',
    color: '#8e44ad',
    types: ['SUCCEEDED', 'SPLIT_FROM', 'MERGED_INTO', 'AFFILIATED_WITH', 'FOUNDED'],
  },
  { name: 'Leadership & membership', color: '#2e86ab', types: ['LEADS', 'MEMBER_OF', 'PART_OF'] },
  { name: 'Territory', color: '#d35400', types: ['CAPTURED', 'WITHDREW_FROM', 'CONTROLS', 'BASED_IN', 'FLED_TO'] },
  { name: 'Events & places', color: '#9aa5b1', types: ['PARTICIPATED_IN', 'OCCURRED_IN', 'LOCATED_IN', 'KILLED_IN'] },
];

export function relationColor(type: RelationshipType): string {
  return RELATION_FAMILIES.find((f) => f.types.includes(type))?.color ?? '#9aa5b1';
}

/** "PARTICIPATED_IN" → "participated in" */
export function humanize(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Area grows with degree, gently, so hubs stand out without swallowing their neighbours. */
export function nodeSize(degree: number): number {
  return 4 + Math.min(14, Math.sqrt(degree) * 2.2);
}

export const DIMMED = '#e3e6ea';
