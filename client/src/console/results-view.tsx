// A query's answer: how many rows and how fast, a note when capped, and the table (the graph is drawn on the stage).
import type { CypherResponse } from '../../../server/contract.ts';
import { Cell } from './result-cells.tsx';

export function ResultsView({ res, drawn }: { res: CypherResponse; drawn: boolean }) {
  const nodes = res.graph.nodes.length;
  const edges = res.graph.edges.length;
  return (
    <section class="results" aria-label="Query results">
      <p class="results-summary" role="status">
        {res.rowCount} row{res.rowCount === 1 ? '' : 's'} in {res.elapsedMs} ms
        {res.truncated && ' (capped: only the first rows are shown; add a LIMIT)'}
        {nodes > 0 &&
          (drawn
            ? ` · drawn on the graph: ${nodes} nodes, ${edges} relationships`
            : ` · ${nodes} nodes, ${edges} relationships`)}
      </p>
      {res.columns.length > 0 && (
        <div class="table-scroll">
          <table class="result-table">
            <caption class="visually-hidden">Rows returned by the query</caption>
            <thead>
              <tr>
                {res.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {res.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j}>
                      <Cell value={v} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
