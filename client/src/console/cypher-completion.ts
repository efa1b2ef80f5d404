// What to offer while typing Cypher: labels and types after ':', property keys after '.', otherwise keywords and functions.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { RELATIONSHIP_RULES, RELATIONSHIP_TYPES } from '../../../seed/model/relationship-types.ts';
import { DATE_FIELDS, ENTITY_LABELS } from '../../../seed/model/vocabulary.ts';

const KEYWORDS = `MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER BY SKIP LIMIT DISTINCT AS AND OR NOT XOR IN IS NULL
  CASE WHEN THEN ELSE END COLLECT COUNT EXISTS CALL YIELD UNION ALL ASC DESC STARTS ENDS CONTAINS SHORTEST ANY`
  .split(/\s+/)
  .filter(Boolean);

const FUNCTIONS = `count collect size labels type id elementId keys properties nodes relationships length coalesce
  toLower toUpper toString toInteger toFloat split substring left right trim replace range reverse head last tail
  min max sum avg any all none single exists startNode endNode date datetime duration abs round`
  .split(/\s+/)
  .filter(Boolean);

/** Every property the dataset writes (seed/model), provenance included: Cypher users query those too. */
export const PROPERTY_KEYS = [
  'id',
  'name',
  'kind',
  'aliases',
  'description',
  'role',
  'lat',
  'lon',
  'coord_precision',
  'search_names',
  ...DATE_FIELDS,
  ...DATE_FIELDS.map((f) => `${f}_precision`),
  'source_ids',
  'source_paras',
  'source_claims',
  'source_fields',
  'source_values',
  'disputed',
  'disputed_fields',
  'dispute_note',
];

const labels: Completion[] = ['Entity', ...ENTITY_LABELS].map((l) => ({ label: l, type: 'class', detail: 'label' }));
const relTypes: Completion[] = RELATIONSHIP_TYPES.map((t) => ({
  label: t,
  type: 'type',
  detail: RELATIONSHIP_RULES[t].meaning,
}));

/** Pure: the options for the text just before the cursor, and where the word being completed starts. */
export function cypherOptions(before: string): { from: number; options: Completion[] } | null {
  const after = /([:.$]?)([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before)!;
  const [, sigil, word = ''] = after;
  const from = before.length - word.length;
  if (sigil === ':') return { from, options: /\[[^\]]*$/.test(before) ? relTypes : [...labels, ...relTypes] };
  if (sigil === '.') return { from, options: PROPERTY_KEYS.map((p) => ({ label: p, type: 'property' })) };
  if (sigil === '$' || !word) return null;
  return {
    from,
    options: [
      ...KEYWORDS.map((k) => ({ label: k, type: 'keyword' })),
      ...FUNCTIONS.map((f) => ({ label: f, type: 'function', apply: `${f}(` })),
    ],
  };
}

export function cypherCompletion(ctx: CompletionContext): CompletionResult | null {
  const line = ctx.state.doc.lineAt(ctx.pos);
  const r = cypherOptions(line.text.slice(0, ctx.pos - line.from));
  if (!r || (r.from === ctx.pos - line.from && !ctx.explicit && !/[:.]$/.test(line.text.slice(0, ctx.pos - line.from))))
    return null;
  return { from: line.from + r.from, options: r.options, validFor: /^[A-Za-z0-9_]*$/ };
}
