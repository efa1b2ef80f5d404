// Cypher fragments shared by the API's statements.

/** The entity's own label, without the :Entity marker every node carries. */
export const LABEL_OF = (v: string) => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;
