// The stable key of a relationship: its explicit id, or "from>TYPE>to".
import type { RelationshipRecord } from './model/records.ts';

export function relationshipKey(r: Pick<RelationshipRecord, 'id' | 'from' | 'type' | 'to'>): string {
  return r.id ?? `${r.from}>${r.type}>${r.to}`;
}
