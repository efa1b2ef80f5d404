// Cypher for /api/search: the full-text index over names and aliases.
import { FULLTEXT_INDEX } from '../../../seed/cypher.ts';
import { LABEL_OF } from './labels.ts';

export { FULLTEXT_INDEX };

export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node, score
WHERE node:Entity
RETURN node.id AS key, ${LABEL_OF('node')} AS entityType, node.name AS name, node.kind AS kind,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, size(node.name)
LIMIT $limit`;
