// Every API endpoint the server has, with arbitraries for its inputs: the fuzz reads this list, and a test fails
// when the app serves an /api route missing from it. Adding an endpoint? Add it here (the coverage test says so).
import fc from 'fast-check';
import { RELATIONSHIP_TYPES } from '../../seed/model/relationship-types.ts';

export interface EndpointSpec {
  method: 'GET' | 'POST';
  /** The Express route, as mounted: /api/nodes/:key */
  path: string;
  /** Values for the route's :params; each is sent percent-encoded unless it is a RawSegment. */
  params?: Record<string, fc.Arbitrary<string | RawSegment>>;
  /** Query parameters; each may be left out, given once, or repeated. */
  query?: Record<string, fc.Arbitrary<string>>;
  /** JSON bodies (a string is sent as is, to try malformed JSON). */
  body?: fc.Arbitrary<unknown>;
}

/** A path segment sent exactly as written: malformed percent-encoding, dot segments. */
export interface RawSegment {
  raw: string;
}

const KEYS = ['hts', 'al-jolani', 'aleppo', 'damascus', 'capture-of-aleppo', 'src-analysis'];
const REL_KEYS = ['al-jolani>LEADS>hts', 'hts>CAPTURED>aleppo'];

/** Strings people and attackers type: injections, markup, unicode edge cases, control characters, huge ones. */
export const hostile = fc.constantFrom(
  "' OR 1=1 //",
  '") RETURN 1 //',
  '}) MATCH (n) DETACH DELETE n //',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  '..',
  '\u0000',
  '\u202e\u0635\u0644\u0627\u062d',
  '\uD800 lone surrogate',
  'a'.repeat(199),
  'a'.repeat(5000),
  '*:*',
  'hts~999999999999',
  '   ',
);

export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  hostile,
);

const key = fc.oneof(fc.constantFrom(...KEYS), anyText);
const rawSegment: fc.Arbitrary<RawSegment> = fc
  .constantFrom('%', '%E0%A4%A', '%FF%FE', '..%2F..%2Fetc%2Fpasswd', '%00', '%ED%A0%80')
  .map((raw) => ({ raw }));
const pathKey = fc.oneof({ arbitrary: key, weight: 4 }, { arbitrary: rawSegment, weight: 1 });
const number = (lo: number, hi: number) =>
  fc.oneof(fc.integer({ min: lo - 2, max: hi + 2 }).map(String), fc.double().map(String), anyText);
const day = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-12-08', '2024-02-30', '2024-13-01', '0000-00-00', '99999-01-01'),
  anyText,
);
const types = fc.oneof(
  fc.subarray([...RELATIONSHIP_TYPES], { minLength: 1 }).map((t) => t.join(',')),
  anyText,
);
const keyList = fc.array(fc.oneof(fc.constantFrom(...KEYS, ...REL_KEYS), anyText), { maxLength: 8 });
const cypherText = fc.oneof(
  fc.constantFrom(
    'MATCH (n:Person) RETURN n LIMIT 5',
    "MATCH (n {id: 'hts'})-[r]-(m) RETURN n, r, m LIMIT 20",
    'MATCH p = (:Faction)-[*..3]-(:Place) RETURN p LIMIT 5',
    'RETURN $x AS x',
    'CALL db.labels()',
    'UNWIND range(1, 2000) AS i RETURN i',
  ),
  anyText,
);

export const ENDPOINTS: EndpointSpec[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/health/live' },
  { method: 'GET', path: '/api/search', query: { q: anyText, limit: number(1, 50) } },
  { method: 'GET', path: '/api/nodes/:key', params: { key: pathKey } },
  {
    method: 'GET',
    path: '/api/nodes/:key/neighborhood',
    params: { key: pathKey },
    query: { depth: number(1, 3), limit: number(1, 1000), types },
  },
  { method: 'GET', path: '/api/nodes/:key/timeline', params: { key: pathKey } },
  { method: 'GET', path: '/api/nodes/:key/lineage', params: { key: pathKey } },
  {
    method: 'GET',
    path: '/api/relationships/:key',
    params: { key: fc.oneof(fc.constantFrom(...REL_KEYS), pathKey) },
  },
  {
    method: 'GET',
    path: '/api/path',
    query: { from: key, to: key, max: number(1, 6), date: day, types, limit: number(1, 10) },
  },
  { method: 'GET', path: '/api/network/factions', query: { types, limit: number(1, 2000) } },
  {
    method: 'POST',
    path: '/api/facts',
    body: fc.oneof(fc.record({ nodes: keyList, edges: keyList }, { requiredKeys: [] }), fc.jsonValue(), anyText),
  },
  { method: 'GET', path: '/api/time/span' },
  { method: 'GET', path: '/api/time/events', query: { from: day, to: day } },
  { method: 'GET', path: '/api/places' },
  {
    method: 'POST',
    path: '/api/cypher',
    body: fc.oneof(
      fc.record(
        { query: cypherText, params: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })) },
        { requiredKeys: ['query'] },
      ),
      fc.jsonValue(),
      anyText,
    ),
  },
];
