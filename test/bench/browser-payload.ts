// A synthetic subgraph of N nodes and 5N relationships in the API's own format (built by the server's SubgraphBuilder),
// for feeding the real page sizes no endpoint is allowed to return.
import type { Subgraph } from '../../server/contract.ts';
import { SubgraphBuilder } from '../../server/graph/subgraph-builder.ts';
import { generateSynthetic } from '../../seed/synthetic/generate-synthetic.ts';

export function syntheticSubgraph(nodes: number): { center: string; payload: Subgraph; json: string } {
  const ds = generateSynthetic({ nodes, seed: 'browser-bench' });
  const builder = new SubgraphBuilder();
  for (const n of ds.nodes.rows) builder.addNode(n.label, { properties: n.props });
  for (const r of ds.relationships()) builder.addEdge(r.from, r.to, { type: r.type, properties: r.props });
  const center = ds.nodes.byLabel.Faction.ids[0]!;
  const payload = builder.build({
    center,
    depth: 1,
    truncated: false,
    totalNodes: nodes - 1,
    shownNodes: nodes - 1,
    omittedByType: {},
  });
  return { center, payload, json: JSON.stringify(payload) };
}
