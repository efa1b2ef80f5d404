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
  neo4j: { version: string; edition: string; address: string };
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
