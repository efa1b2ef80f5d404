// The closed vocabulary of the graph: labels, kinds and relationship types. Everything that builds Cypher checks against these.

export const ENTITY_LABELS = ['Faction', 'Person', 'Place', 'Event', 'Source'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const FACTION_KINDS = [
  'armed-group',
  'coalition',
  'operations-room',
  'state',
  'state-army',
  'state-force',
  'intelligence-service',
  'militia',
  'government',
  'political-organization',
  'international-organization',
  'media',
] as const;

export const PERSON_KINDS = [
  'political-leader',
  'militant-leader',
  'military-officer',
  'official',
  'journalist',
  'analyst',
  'fighter',
  'other',
] as const;

export const PLACE_KINDS = [
  'country',
  'governorate',
  'region',
  'district',
  'city',
  'town',
  'village',
  'neighbourhood',
  'military-base',
  'airport',
  'facility',
  'prison',
  'road',
  'border-crossing',
] as const;

export const EVENT_KINDS = [
  'operation',
  'offensive',
  'capture',
  'withdrawal',
  'battle',
  'siege',
  'airstrike',
  'killing',
  'prison-release',
  'statement',
  'interview',
  'flight',
  'negotiation',
  'ceasefire',
  'uprising',
] as const;

export const SOURCE_KINDS = ['analysis-article', 'encyclopedia-extract', 'ai-summary'] as const;

/** How sure a place's coordinates are: a precise site, a settlement's centre, a rough spot, or a region's centroid. */
export const COORD_PRECISIONS = ['exact', 'settlement', 'approximate', 'region'] as const;

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Property names that hold ISO dates; each gets a sibling `<name>_precision` in Neo4j. */
export const DATE_FIELDS = ['date', 'end_date', 'start', 'end', 'founded', 'dissolved', 'born', 'died'] as const;
