// Collects nodes and relationships into graphology's serialization format, keyed by dataset ids, each once.
import type { EntityLabel, RelationshipType, Subgraph, SubgraphAttributes } from '../contract.ts';
import { entityAttributes, relationAttributes } from './attributes.ts';

interface Neo4jNodeLike {
  properties: Record<string, unknown>;
}
interface Neo4jRelLike {
  type: string;
  properties: Record<string, unknown>;
}

export class SubgraphBuilder {
  private readonly nodes = new Map<string, Subgraph['nodes'][number]>();
  private readonly edges = new Map<string, Subgraph['edges'][number]>();

  addNode(entityType: EntityLabel, node: Neo4jNodeLike): string {
    const key = String(node.properties.id);
    if (!this.nodes.has(key)) this.nodes.set(key, { key, attributes: entityAttributes(entityType, node.properties) });
    return key;
  }

  addEdge(source: string, target: string, rel: Neo4jRelLike): void {
    const key = String(rel.properties.id);
    if (this.edges.has(key) || !this.nodes.has(source) || !this.nodes.has(target)) return;
    this.edges.set(key, {
      key,
      source,
      target,
      attributes: relationAttributes(rel.type as RelationshipType, rel.properties),
    });
  }

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  keys(): string[] {
    return [...this.nodes.keys()];
  }

  build(attributes: SubgraphAttributes): Subgraph {
    return {
      attributes,
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
  }
}
