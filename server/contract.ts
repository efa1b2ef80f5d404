// What travels over HTTP, as types only: the server produces these and the client imports the same file.
import type { SerializedGraph } from 'graphology-types';
import type { RelationshipType } from '../seed/model/relationship-types.ts';
import type { EntityLabel } from '../seed/model/vocabulary.ts';

export type { EntityLabel, RelationshipType };

export type Scalar = string | number | boolean | null;
export type PropertyValue = Scalar | Scalar[];

/** A node's domain attributes: every Neo4j property except provenance lists and search keys. No colours, no positions. */
export interface EntityAttributes {
  entityType: EntityLabel;
  name: string;
  kind?: string;
  disputed?: boolean;
  /** How many citations back this entity (the details endpoint lists them). */
  sourceCount?: number;
  [property: string]: PropertyValue | undefined;
}

export interface RelationAttributes {
  relType: RelationshipType;
  disputed?: boolean;
  sourceCount?: number;
  [property: string]: PropertyValue | undefined;
}

export interface SubgraphAttributes {
  /** True when the server left nodes out to respect the limit. */
  truncated: boolean;
  /** Nodes that matched before capping (the centre excluded). */
  totalNodes: number;
  shownNodes: number;
  /** What was left out, by entity type. */
  omittedByType: Partial<Record<EntityLabel, number>>;
  center?: string;
  depth?: number;
  /**
   * True when totalNodes and omittedByType are estimates: a hub's neighbourhood was sampled (a bounded number of
   * relationships per type and per hop), not enumerated. Say "about" when showing them.
   */
  estimated?: boolean;
  /** The centre's relationships by type, exact (read from Neo4j's degree counts, however big the hub). */
  centerRelationshipCounts?: Partial<Record<RelationshipType, number>>;
  /**
   * Set when the view was narrowed to these relationship types (`types=`): totalNodes and omittedByType then count
   * only neighbours reached through them, while centerRelationshipCounts still counts every type.
   */
  relationshipTypes?: RelationshipType[];
}

/** graphology's serialization format: the client does `graph.import(payload, true)`. */
export type Subgraph = SerializedGraph<EntityAttributes, RelationAttributes, SubgraphAttributes>;

export interface SearchHit {
  key: string;
  entityType: EntityLabel;
  name: string;
  kind?: string;
  /** Which of the entity's names the query matched, and how. */
  matched: { field: 'name' | 'alias'; value: string; how: 'exact' | 'prefix' | 'fuzzy' | 'partial' };
  score: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface SourceSummary {
  key: string;
  name: string;
  kind: string;
  file: string;
  publisher?: string;
  date: string;
  dateRole: string;
  trust: string;
}

export interface CitationView {
  source: SourceSummary;
  para: number;
  claim: string;
  /** The property this citation is about, and the value this source gives for it. */
  field?: string;
  value?: string;
}

interface FactDetails {
  key: string;
  citations: CitationView[];
  disputed: boolean;
  disputedFields: string[];
  disputeNote?: string;
}

export interface EntityDetails extends FactDetails {
  entityType: EntityLabel;
  attributes: EntityAttributes;
  degree: number;
  relationshipCounts: Partial<Record<RelationshipType, number>>;
}

export interface RelationshipDetails extends FactDetails {
  relType: RelationshipType;
  source: { key: string; name: string; entityType: EntityLabel };
  target: { key: string; name: string; entityType: EntityLabel };
  attributes: RelationAttributes;
}

export interface HealthResponse {
  status: 'ok';
  neo4j: { version: string; edition: string };
  dataset: { seededAt: string | null; nodes: number; relationships: number } | null;
}

export interface ErrorResponse {
  error: { code: string; message: string };
}

/** POST /api/cypher: a read-only query from the console. */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

/** Cells are plain JSON; nodes, relationships and paths are tagged objects keyed by dataset ids. */
export type CypherCell = unknown;

export interface CypherResponse {
  columns: string[];
  rows: CypherCell[][];
  /** Every node and relationship found anywhere in the rows, ready for `graph.import(graph, true)`. */
  graph: Subgraph;
  /** True when rows or bytes were capped. */
  truncated: boolean;
  rowCount: number;
  elapsedMs: number;
}

/* ---- Timelines, lineage, time and places (a leader's history; time and place) ---- */

/** A short reference to an entity, enough to name it and select it. */
export interface EntityRef {
  key: string;
  name: string;
  entityType: EntityLabel;
  kind?: string;
}

/** A place with its coordinates when the data has them (never invented). */
export interface PlaceRef extends EntityRef {
  lat?: number;
  lon?: number;
}

/** How an item found its place in the order when its own dates do not fix it. */
export interface TimelinePlacement {
  /**
   * own-date: its own date or start; within: bounded by a containing event or the group's existence;
   * open-start: only its end is known, so it is listed first; lineage: undated, placed before the group that came out of it;
   * undated: nothing places it, so it is listed apart.
   */
  by: 'own-date' | 'within' | 'open-start' | 'lineage' | 'undated';
  /** The same in words, for the reader: "the group was founded in 2012-01". */
  note?: string;
  /** The dates the placement rests on when they are not the item's own. */
  from?: string;
  to?: string;
}

export interface TimelineItem {
  /** Unique within the timeline: the relationship key, or `<entity>:<property>` for an entity's own dates. */
  id: string;
  /** The relationship stating this fact (select it to see its sources); null for an entity's own date or a via item. */
  relationship: { key: string; relType: RelationshipType; direction: 'out' | 'in' } | null;
  /** For an entity's own dates: founded, dissolved, born, died, or an event's date and end_date. */
  property?: 'founded' | 'dissolved' | 'born' | 'died' | 'date' | 'end_date';
  /** The group, event or place at the other end. */
  other?: EntityRef;
  role?: string;
  /** ISO dates as recorded ('2012', '2024-12', '2024-12-05'): never filled in by the server. */
  date?: string;
  start?: string;
  end?: string;
  /** Where it happened (an event's OCCURRED_IN places, or the place itself). */
  places: PlaceRef[];
  /** Reached through something else: a capture within an operation the person commanded, an event in a place inside this one. */
  via?: { key: string; name: string; role?: string };
  disputed: boolean;
  placement: TimelinePlacement;
}

/** GET /api/nodes/:key/timeline */
export interface TimelineResponse {
  entity: EntityRef;
  /** In date order, partial dates respected. */
  items: TimelineItem[];
  /** No date, no bound, no lineage to place them: listed apart, never given an invented date. */
  undated: TimelineItem[];
  /** The entity, the other ends and the relationships, ready for graph.import(graph, true). */
  graph: Subgraph;
  truncated: boolean;
}

export interface LineageLink {
  key: string;
  relType: RelationshipType;
  /** Dataset keys of the two ends, as stored (source)-[relType]->(target). */
  source: string;
  target: string;
  date?: string;
  start?: string;
  end?: string;
  disputed: boolean;
}

export interface LineageGroup extends EntityRef {
  founded?: string;
  dissolved?: string;
  /** Steps from the focus: negative for predecessors, positive for successors, 0 for the focus; null for a group only affiliated. */
  generation: number | null;
}

/** GET /api/nodes/:key/lineage: predecessors and successors of an organisation, oldest first. */
export interface LineageResponse {
  focus: EntityRef;
  groups: LineageGroup[];
  /** Succession links (SUCCEEDED, SPLIT_FROM, MERGED_INTO, FOUNDED) among the groups, in date order. */
  links: LineageLink[];
  /** AFFILIATED_WITH ties of the groups: branches and pledges, beside the line of succession. */
  affiliations: LineageLink[];
  graph: Subgraph;
  maxSteps: number;
}

/** GET /api/time/span */
export interface TimeSpanResponse {
  /** The earliest dated fact, as recorded (may be a year). */
  earliest: string;
  /** The latest dated fact, as recorded. */
  latest: string;
  /** The offensive the dataset is about (null for a dataset without it): the slider ends and playback runs there. */
  offensive: { key: string; name: string; start: string; end: string } | null;
  /** Years before the offensive in which something dated happened, for a slider with a stop per year. */
  years: number[];
}

/** A dated happening for playback: a capture (relationship or event) or any other event. */
export interface DatedHappening {
  /** The relationship or event to select. */
  select: { kind: 'node' | 'edge'; key: string };
  kind: 'capture' | 'withdrawal' | 'event';
  date: string;
  end?: string;
  /** Who did it (the captors, the participants with their roles): at most 20, by key. */
  actors: (EntityRef & { role?: string })[];
  /** How many actors it has in all (a hub event of the scale dataset has thousands). */
  actorCount: number;
  /** What was taken, or where it happened: at most 20, by key. */
  places: PlaceRef[];
  placeCount: number;
  /** The event's name, or "<captor> captured <place>". */
  title: string;
  disputed: boolean;
}

/** GET /api/time/events?from=&to= */
export interface DatedHappeningsResponse {
  from: string;
  to: string;
  happenings: DatedHappening[];
  truncated: boolean;
}

/** GET /api/places: where things are, for the map. */
export interface PlacesResponse {
  places: (PlaceRef & { precision?: string })[];
  /** Places the data gives no coordinates for: the map says so instead of guessing. */
  unplaced: EntityRef[];
  /** Events and groups tied to a place with coordinates: where the map puts them. */
  anchors: { key: string; place: string; relType: RelationshipType }[];
  truncated: boolean;
}

/** One shortest path: entity keys in walking order, and the relationship keys between them (edges[i] joins nodes[i], nodes[i+1]). */
export interface PathSteps {
  nodes: string[];
  edges: string[];
}

/** GET /api/path?from=&to=&max=&date=&types=: every shortest connection (capped), drawn as one subgraph. */
export interface PathResponse {
  from: string;
  to: string;
  /** Hops in each path (all shortest paths share it); null when none exists within `max`. */
  length: number | null;
  paths: PathSteps[];
  /** True when more shortest paths exist than were returned. */
  truncated: boolean;
  /** The two endpoints and every path's nodes and relationships. */
  graph: Subgraph;
}

/** POST /api/facts: the keys of the facts in view; the answer is CSV, one row per citation. */
export interface FactsRequest {
  nodes: string[];
  edges: string[];
}
