// Map projections that leave provenance behind: a subgraph's nodes and edges need their domain properties, not the
// claims, paragraphs and search keys (the details endpoints send those). Reading them is cheap for Neo4j; shipping and
// decoding them is what made a hub's 150 nodes and 1,500 edges slow.

/** Properties never shown on a subgraph's nodes or edges (kept in step with server/graph/attributes.ts). */
const LEFT_BEHIND = [
  'source_paras',
  'source_claims',
  'source_fields',
  'source_values',
  'search_names',
  'location',
  'disputed_fields',
  'dispute_note',
];

/** `v {.*, source_claims: null, …}`: every property, the bulky ones emptied (source_ids stays: it is counted). */
export const SLIM = (v: string) => `${v} {.*, ${LEFT_BEHIND.map((k) => `${k}: null`).join(', ')}}`;

/** SLIM of any expression (a map projection needs a variable, so the value is bound to one in a comprehension). */
export const SLIM_OF = (expr: string) => `[slim_v IN [${expr}] | ${SLIM('slim_v')}][0]`;
