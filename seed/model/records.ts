// zod schemas for the curated YAML records: the shape every fact must have before it may reach Neo4j.
import { z } from 'zod';
import { RELATIONSHIP_TYPES } from './relationship-types.ts';
import { COORD_PRECISIONS, EVENT_KINDS, FACTION_KINDS, PERSON_KINDS, PLACE_KINDS, SOURCE_KINDS } from './vocabulary.ts';

/** `2012`, `2024-12` or `2024-12-05`; the precision is read off the form. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, -)');

export const citation = z
  .object({
    /** The Source id (see sources.yaml). */
    src: id,
    /** Paragraph = non-empty line of the document, counted from 1. */
    para: z.number().int().positive(),
    /** What the source says, in our own words. */
    claim: z.string().min(8),
    /** The property this citation supports, when it supports one value in particular (a date, a figure). */
    field: z.string().optional(),
    /** The value this source gives for `field`: differing values across citations make the field disputed. */
    value: z.union([z.string(), z.number()]).optional(),
  })
  .strict()
  .refine((c) => c.value === undefined || c.field !== undefined, 'a citation with a value must name its field');

const scalar = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);

const entityBase = {
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  /** Extra properties, figures included (populations, casualty counts, distances): each figure cited with `field`. */
  props: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), scalar).default({}),
  sources: z.array(citation).min(1, 'every record cites at least one source'),
  /** Why the sources disagree and which value is recorded; required when citations give different values. */
  dispute_note: z.string().optional(),
  /** Other entities that legitimately share a name or alias with this one (Aleppo city and Aleppo Governorate). */
  shares_name_with: z.array(id).default([]),
};

export const factionRecord = z
  .object({ ...entityBase, kind: z.enum(FACTION_KINDS), founded: isoDate.optional(), dissolved: isoDate.optional() })
  .strict();

export const personRecord = z
  .object({ ...entityBase, kind: z.enum(PERSON_KINDS), born: isoDate.optional(), died: isoDate.optional() })
  .strict();

export const placeRecord = z
  .object({
    ...entityBase,
    kind: z.enum(PLACE_KINDS),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    coord_precision: z.enum(COORD_PRECISIONS).optional(),
  })
  .strict()
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), 'lat and lon come together')
  .refine((p) => (p.lat === undefined) === (p.coord_precision === undefined), 'coordinates need a coord_precision');

export const eventRecord = z
  .object({ ...entityBase, kind: z.enum(EVENT_KINDS), date: isoDate.optional(), end_date: isoDate.optional() })
  .strict();

export const sourceRecord = z
  .object({
    id,
    name: z.string().min(1),
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    kind: z.enum(SOURCE_KINDS),
    publisher: z.string().optional(),
    date: isoDate,
    date_role: z.enum(['written', 'published', 'retrieved']),
    /** Number of paragraphs (non-empty lines) in the document: citations must fall inside. */
    paragraphs: z.number().int().positive(),
    trust: z.enum(['standard', 'lower']),
    description: z.string().optional(),
    aliases: z.array(z.string()).default([]),
  })
  .strict();

export const relationshipRecord = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES as [string, ...string[]]),
    from: id,
    to: id,
    /** Needed only when the same (from, type, to) occurs twice, e.g. two separate periods of membership. */
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    date: isoDate.optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    role: z.string().optional(),
    kind: z.string().optional(),
    description: z.string().optional(),
    props: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), scalar).default({}),
    sources: z.array(citation).min(1, 'every relationship cites at least one source'),
    dispute_note: z.string().optional(),
  })
  .strict();

export type Citation = z.infer<typeof citation>;
export type FactionRecord = z.infer<typeof factionRecord>;
export type PersonRecord = z.infer<typeof personRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type EventRecord = z.infer<typeof eventRecord>;
export type SourceRecord = z.infer<typeof sourceRecord>;
export type RelationshipRecord = z.infer<typeof relationshipRecord>;
