// Ends a statement whose answer is a few small values and some long lists: the lists go out a row per item, not as
// one record. The JavaScript driver reads a record that spans many Bolt chunks through a buffer that walks its chunk
// list for every byte (neo4j-driver-bolt-connection's CombinedBuffer); measured at 100k nodes: 500 nodes took 55 ms
// as one list and 17 ms as rows, and a faction's 150-node view (670 kB in one record) 214 ms against the server's 55.

/** The `part` of the row that carries the small values; every other row's `part` names its list. */
export const HEAD_PART = '';

/**
 * `WITH … UNWIND … RETURN part, item`: one head row holding `head`'s values as a map, then one row per item of each
 * list, in list order. Every value is bound in the WITH first: Neo4j refuses a COLLECT subquery inside a map literal
 * there ("implicit grouping expressions"). Names and expressions come from the statements' code, never from input.
 */
export function asRows(head: Record<string, string>, lists: Record<string, string>): string {
  const bound = Object.entries({ ...head, ...lists })
    .map(([name, expr]) => `${expr} AS ${name}`)
    .join(',\n     ');
  const headMap = Object.keys(head)
    .map((name) => `${name}: ${name}`)
    .join(', ');
  const rows = Object.keys(lists).map((n) => ` + [row_item IN ${n} | {part: '${n}', item: row_item}]`);
  return `
WITH ${bound}
UNWIND [{part: '${HEAD_PART}', item: {${headMap}}}]${rows.join('')} AS row
RETURN row.part AS part, row.item AS item`;
}
