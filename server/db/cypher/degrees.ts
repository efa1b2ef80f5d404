// Per-type degree of a node as one map: each entry is a typed COUNT, which Neo4j answers from the node's relationship
// groups (getDegree) without reading the relationships, so it costs the same for a hub as for a leaf.
import { RELATIONSHIP_TYPES } from '../../../seed/model/relationship-types.ts';

/** `{LEADS: COUNT { (v)-[:LEADS]-() }, …}` over the closed list of types, never from input. */
export const DEGREE_BY_TYPE = (v: string) =>
  `{${RELATIONSHIP_TYPES.map((t) => `${t}: COUNT { (${v})-[:${t}]-() }`).join(', ')}}`;
