// zod pieces for filtering parameters: an ISO day, and lists of relationship types from the closed vocabulary.
import { z } from 'zod';
import { isRealDate } from '../../seed/model/dates.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../seed/model/relationship-types.ts';

/** One calendar day, YYYY-MM-DD, that exists (2024-02-30 does not). */
export const isoDay = z
  .string({ error: 'must be given once, as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
  .refine(isRealDate, 'must be a real calendar day');

/** "ALLIED_WITH,OPPOSES" → the types, each checked against the closed list (never pasted into Cypher). */
export const relationshipTypeList = (allowed: readonly RelationshipType[] = RELATIONSHIP_TYPES) =>
  z.string({ error: 'must be given once, as a comma-separated list' }).transform((s, ctx) => {
    const types = [...new Set(s.split(',').map((t) => t.trim()))].filter(Boolean);
    if (!types.length) ctx.addIssue({ code: 'custom', message: 'must name at least one relationship type' });
    const unknown = types.find((t) => !(allowed as readonly string[]).includes(t));
    if (unknown)
      ctx.addIssue({ code: 'custom', message: `${unknown} is not one of ${allowed.join(', ')}`.slice(0, 300) });
    return types as RelationshipType[];
  });
