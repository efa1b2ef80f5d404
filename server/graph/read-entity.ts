// One entity or one relationship with every property and its citations, for the details panel.
import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import type { EntityDetails, EntityLabel, RelationshipDetails, RelationshipType } from '../contract.ts';
import type { GraphDatabase } from '../db/graph-database.ts';
import { ENTITY, RELATIONSHIP } from '../db/cypher/entity.ts';
import { AppError } from '../http/app-error.ts';
import { entityAttributes, relationAttributes } from './attributes.ts';
import { citationsOf, disputeOf, sourceSummary } from './citations.ts';

export async function readEntity(db: GraphDatabase, key: string): Promise<EntityDetails> {
  const [rec] = await db.read(ENTITY, { key });
  if (!rec) throw AppError.notFound(`No entity has the key "${key}".`);
  const node = rec.get('n') as Neo4jNode;
  const entityType = rec.get('entityType') as EntityLabel;
  const sources = (rec.get('sources') as Neo4jNode[]).map((s) => sourceSummary(s.properties));
  const relationshipCounts: EntityDetails['relationshipCounts'] = {};
  let degree = 0;
  for (const [relType, count] of Object.entries(rec.get('degreeByType') as object) as [RelationshipType, unknown][]) {
    if (Number(count) === 0) continue;
    relationshipCounts[relType] = Number(count);
    degree += Number(count);
  }
  return {
    key,
    entityType,
    attributes: entityAttributes(entityType, node.properties),
    citations: citationsOf(node.properties, sources),
    ...disputeOf(node.properties),
    degree,
    relationshipCounts,
  };
}

export async function readRelationship(db: GraphDatabase, key: string): Promise<RelationshipDetails> {
  const [rec] = await db.read(RELATIONSHIP, { key });
  if (!rec) throw AppError.notFound(`No relationship has the key "${key}".`);
  const rel = rec.get('r') as Relationship;
  const sources = (rec.get('sources') as Neo4jNode[]).map((s) => sourceSummary(s.properties));
  return {
    key,
    relType: rel.type as RelationshipType,
    source: { key: rec.get('source'), name: rec.get('sourceName'), entityType: rec.get('sourceType') },
    target: { key: rec.get('target'), name: rec.get('targetName'), entityType: rec.get('targetType') },
    attributes: relationAttributes(rel.type as RelationshipType, rel.properties),
    citations: citationsOf(rel.properties, sources),
    ...disputeOf(rel.properties),
  };
}
