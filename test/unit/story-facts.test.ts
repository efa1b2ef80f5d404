// The key facts of the story, checked against the curated dataset: if the YAML drifted from the documents, these fail.
import { describe, it, expect } from 'vitest';
import { loadDataset } from '../../seed/load-dataset.ts';
import { nameIdentity } from '../../seed/model/normalize-name.ts';

interface Cite {
  src: string;
  para: number;
  claim: string;
  field?: string;
  value?: string | number;
}
interface Node {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  kind: string;
  date?: string;
  end_date?: string;
  founded?: string;
  props: Record<string, unknown>;
  sources: Cite[];
  dispute_note?: string;
}
interface Rel {
  type: string;
  from: string;
  to: string;
  id?: string;
  date?: string;
  start?: string;
  end?: string;
  role?: string;
  kind?: string;
  sources: Cite[];
  dispute_note?: string;
}

// loadDataset may hand back records directly or wrapped as { record, where }: accept both.
const unwrap = <T>(xs: unknown[]): T[] =>
  xs.map((x) => (x && typeof x === 'object' && 'record' in x ? (x as { record: T }).record : (x as T)));

const data = loadDataset();
const nodes = unwrap<Node>(data.nodes as unknown[]);
const rels = unwrap<Rel>(data.relationships as unknown[]);
const sources = unwrap<{ id: string; trust: string }>(data.sources as unknown[]);

const node = (id: string): Node => {
  const n = nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const rel = (from: string, type: string, to: string): Rel => {
  const found = rels.filter((r) => r.from === from && r.type === type && r.to === to);
  if (found.length !== 1) throw new Error(`expected one ${from} ${type} ${to}, found ${found.length}`);
  return found[0]!;
};
const has = (from: string, type: string, to: string) =>
  rels.some((r) => r.from === from && r.type === type && r.to === to);
/** The values the citations give for a field, by source id. */
const cited = (r: { sources: Cite[] }, field: string) =>
  r.sources.filter((c) => c.field === field && c.value !== undefined).map((c) => [c.src, String(c.value)] as const);
const namesOf = (n: Node) => [n.name, ...n.aliases];

describe('sources', () => {
  it('are the three documents, the AI summary at lower trust', () => {
    expect(sources.map((s) => s.id).sort()).toEqual(['src-ai-summary', 'src-analysis', 'src-wikipedia']);
    expect(sources.find((s) => s.id === 'src-ai-summary')?.trust).toBe('lower');
    expect(sources.find((s) => s.id === 'src-wikipedia')?.trust).toBe('standard');
  });
});

describe('HTS and al-Jolani', () => {
  it('HTS is led by al-Jolani since its founding in 2017', () => {
    const hts = node('hts');
    expect(hts.label).toBe('Faction');
    expect(hts.founded).toBe('2017');
    const leads = rel('al-jolani', 'LEADS', 'hts');
    expect(leads.start).toBe('2017');
    expect(leads.end).toBeUndefined();
    expect(has('al-jolani', 'FOUNDED', 'hts')).toBe(true);
  });

  it('HTS answers to every spelling a reader may type', () => {
    const names = namesOf(node('hts'));
    for (const n of ['Hay’at Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham', 'HTS'])
      expect(names).toContain(n);
  });

  it('al-Jolani answers to his transliterations and his real name', () => {
    const names = namesOf(node('al-jolani'));
    for (const n of ['Abu Mohammed al-Jolani', 'Abu Mohammad al-Jolani', 'al-Julani', 'al-Golani', 'Ahmed al-Sharaa'])
      expect(names).toContain(n);
  });

  it('his organisations run in order ISI → Jabhat al-Nusra → Jabhat Fatah al-Sham → HTS', () => {
    // He fought for ISI, led al-Nusra until 2016, JFS 2016–2017, HTS from 2017.
    expect(has('al-jolani', 'MEMBER_OF', 'islamic-state-of-iraq')).toBe(true);
    const nusra = rel('al-jolani', 'LEADS', 'jabhat-al-nusra');
    const jfs = rel('al-jolani', 'LEADS', 'jabhat-fatah-al-sham');
    const hts = rel('al-jolani', 'LEADS', 'hts');
    expect(nusra.end).toBe('2016');
    expect([jfs.start, jfs.end]).toEqual(['2016', '2017']);
    expect(hts.start).toBe('2017');
    expect(nusra.end! <= jfs.start! && jfs.end! <= hts.start!).toBe(true);

    // The groups' own founding dates tell the same order.
    const founded = ['jabhat-al-nusra', 'jabhat-fatah-al-sham', 'hts'].map((id) => node(id).founded!);
    expect(founded).toEqual(['2012-01', '2016', '2017']);
    expect([...founded].sort()).toEqual(founded);
  });

  it('the lineage leads back from HTS to the Islamic State of Iraq', () => {
    expect(rel('hts', 'SUCCEEDED', 'jabhat-fatah-al-sham').date).toBe('2017');
    expect(rel('jabhat-fatah-al-sham', 'MERGED_INTO', 'hts').date).toBe('2017');
    expect(rel('jabhat-fatah-al-sham', 'SUCCEEDED', 'jabhat-al-nusra').date).toBe('2016');
    expect(rel('jabhat-fatah-al-sham', 'SPLIT_FROM', 'al-qaeda').date).toBe('2016');
    expect(rel('jabhat-al-nusra', 'SPLIT_FROM', 'islamic-state-of-iraq').date).toBe('2013');
    expect(has('islamic-state-of-iraq', 'FOUNDED', 'jabhat-al-nusra')).toBe(true);
    expect(has('islamic-state-of-iraq', 'AFFILIATED_WITH', 'al-qaeda')).toBe(true);
    expect(rel('isis', 'SUCCEEDED', 'islamic-state-of-iraq').date).toBe('2013');

    // Walk back along SUCCEEDED / SPLIT_FROM from HTS: the path must pass JFS and al-Nusra and reach ISI.
    const path = ['hts'];
    for (let i = 0; i < 5 && path.at(-1) !== 'islamic-state-of-iraq'; i++) {
      const here = path.at(-1)!;
      const next =
        rels.find((r) => r.from === here && r.type === 'SUCCEEDED') ??
        rels.find((r) => r.from === here && r.type === 'SPLIT_FROM' && r.to === 'islamic-state-of-iraq');
      if (!next) break;
      path.push(next.to);
    }
    expect(path).toEqual(['hts', 'jabhat-fatah-al-sham', 'jabhat-al-nusra', 'islamic-state-of-iraq']);
  });

  it('the end of his al-Qaeda allegiance is recorded as a dispute inside the analysis', () => {
    const r = rel('al-jolani', 'MEMBER_OF', 'al-qaeda');
    expect(r.end).toBe('2016');
    expect(
      cited(r, 'end')
        .map(([, v]) => v)
        .sort(),
    ).toEqual(['2016', '2017']);
    expect(r.dispute_note).toBeTruthy();
  });

  it('HTS went on to take Damascus', () => {
    expect(rel('hts', 'CAPTURED', 'damascus').date).toBe('2024-12-08');
    expect(rels.some((r) => r.from === 'hts' && r.type === 'PARTICIPATED_IN' && r.to === 'capture-of-damascus')).toBe(
      true,
    );
  });
});

describe('captures of the big cities', () => {
  const capture = (eventId: string, place: string, captor: string, date: string) => {
    const e = node(eventId);
    expect(e.label).toBe('Event');
    expect(e.kind).toBe('capture');
    expect(e.date).toBe(date);
    expect(has(eventId, 'OCCURRED_IN', place)).toBe(true);
    expect(has(eventId, 'PART_OF', 'deterrence-of-aggression')).toBe(true);
    const p = rels.find((r) => r.from === captor && r.type === 'PARTICIPATED_IN' && r.to === eventId);
    expect(p?.role).toBeTruthy();
    expect(rel(captor, 'CAPTURED', place).date).toBe(date);
    return e;
  };

  it('Aleppo: 29 November (doc 000), disputed by the AI summary’s 1 December', () => {
    const e = capture('capture-of-aleppo', 'aleppo', 'hts', '2024-11-29');
    expect(e.end_date).toBe('2024-11-30');
    expect(cited(e, 'date')).toEqual(
      expect.arrayContaining([
        ['src-analysis', '2024-11-29'],
        ['src-ai-summary', '2024-12-01'],
      ]),
    );
    expect(e.dispute_note).toMatch(/1 December/);
    const r = rel('hts', 'CAPTURED', 'aleppo');
    expect(
      cited(r, 'date')
        .map(([, v]) => v)
        .sort(),
    ).toEqual(['2024-11-29', '2024-12-01']);
    expect(r.dispute_note).toBeTruthy();
  });

  it('Hama: 5 December, which no document contradicts', () => {
    const e = capture('capture-of-hama', 'hama', 'hts', '2024-12-05');
    expect(new Set(cited(e, 'date').map(([, v]) => v))).toEqual(new Set(['2024-12-05']));
    expect(rels.some((r) => r.from === 'sna' && r.type === 'PARTICIPATED_IN' && r.to === 'capture-of-hama')).toBe(true);
  });

  it('Homs: 8 December', () => {
    capture('capture-of-homs', 'homs', 'hts', '2024-12-08');
  });

  it('Damascus: 8 December, agreed by doc 001 and doc 002, ending 53 years of Assad rule', () => {
    const e = capture('capture-of-damascus', 'damascus', 'hts', '2024-12-08');
    const dates = cited(e, 'date');
    expect(new Set(dates.map(([, v]) => v))).toEqual(new Set(['2024-12-08']));
    expect(new Set(dates.map(([s]) => s))).toEqual(new Set(['src-wikipedia', 'src-ai-summary']));
    expect(e.props.assad_family_rule_years).toBe(53);
    expect(rel('syrian-armed-opposition', 'CAPTURED', 'damascus').date).toBe('2024-12-08');
    expect(rel('bashar-al-assad', 'LEADS', 'assad-government').end).toBe('2024-12-08');
  });

  it('the operation runs from 27 November to 8 December 2024', () => {
    const op = node('deterrence-of-aggression');
    expect([op.date, op.end_date]).toEqual(['2024-11-27', '2024-12-08']);
    expect(rel('hts', 'PARTICIPATED_IN', 'deterrence-of-aggression').role).toBe('leading force');
  });
});

describe('who backs whom', () => {
  it('Turkey backs the SNA and the US backs the SFA', () => {
    expect(rel('turkey', 'BACKS', 'sna').kind).toBe('military');
    expect(rel('united-states', 'BACKS', 'sfa').kind).toBe('military');
  });

  it('Russia, Iran and Hezbollah back the Assad government', () => {
    for (const sponsor of ['russia', 'iran', 'hezbollah']) expect(has(sponsor, 'BACKS', 'assad-government')).toBe(true);
    expect(rel('russia', 'BACKS', 'saa').kind).toBe('air');
  });

  it('the US-backed Syrian Free Army and the Free Syrian Army are different entities', () => {
    const sfa = node('sfa');
    const fsa = node('fsa');
    expect(sfa.name).toBe('Syrian Free Army');
    expect(fsa.name).toBe('Free Syrian Army');
    const sfaNames = new Set(namesOf(sfa).map(nameIdentity));
    for (const n of namesOf(fsa)) expect(sfaNames.has(nameIdentity(n))).toBe(false);
    expect(has('united-states', 'BACKS', 'fsa')).toBe(false);
    expect(rel('sfa', 'CAPTURED', 'palmyra').date).toBe('2024-12-06');
  });

  it('the SNA took Tell Rifaat, under every spelling of its name', () => {
    expect(rel('sna', 'CAPTURED', 'tell-rifaat').date).toBe('2024-12-01');
    const names = namesOf(node('tell-rifaat'));
    for (const n of ['Tell Rifaat', 'Tel Rifaat', 'Tell Refaat']) expect(names).toContain(n);
  });
});

describe('the end of Assad', () => {
  it('Bashar al-Assad fled to Moscow, in Russia', () => {
    const fled = rel('bashar-al-assad', 'FLED_TO', 'moscow');
    expect(fled.date).toBe('2024-12-08');
    expect(has('moscow', 'LOCATED_IN', 'russia-country')).toBe(true);
    expect(has('bashar-al-assad', 'FLED_TO', 'khmeimim-air-base')).toBe(true);
  });

  it('the date of his flight is a recorded dispute: 8 December (doc 001) against 7 December (doc 002)', () => {
    for (const r of [rel('bashar-al-assad', 'FLED_TO', 'moscow'), node('assad-flight')]) {
      expect(cited(r, 'date')).toEqual(
        expect.arrayContaining([
          ['src-wikipedia', '2024-12-08'],
          ['src-ai-summary', '2024-12-07'],
        ]),
      );
      expect(r.dispute_note).toMatch(/7 December/);
    }
  });
});

describe('recorded disputes over figures', () => {
  it('the distance to Damascus: 10 km (doc 001) against 20 km (doc 002)', () => {
    const e = node('advance-on-damascus');
    expect(e.props.closest_distance_to_damascus_km).toBe(10);
    expect(
      cited(e, 'closest_distance_to_damascus_km')
        .map(([, v]) => v)
        .sort(),
    ).toEqual(['10', '20']);
    expect(e.dispute_note).toBeTruthy();
  });

  it('civilians killed in the bombardment of Aleppo: 22 (doc 000) against 16 (doc 002)', () => {
    const e = node('aleppo-bombardment');
    expect(e.props.civilians_killed).toBe(22);
    expect(
      cited(e, 'civilians_killed')
        .map(([, v]) => v)
        .sort(),
    ).toEqual(['16', '22']);
  });

  it('the start of Dawn of Freedom: 30 November (docs 000, 001) against 1 December (doc 002)', () => {
    const e = node('dawn-of-freedom');
    expect(e.date).toBe('2024-11-30');
    expect(new Set(cited(e, 'date').map(([, v]) => v))).toEqual(new Set(['2024-11-30', '2024-12-01']));
  });
});

describe('the dataset as a whole', () => {
  it('has the breadth the story needs', () => {
    const count = (label: string) => nodes.filter((n) => n.label === label).length;
    expect(count('Faction')).toBeGreaterThanOrEqual(40);
    expect(count('Person')).toBeGreaterThanOrEqual(20);
    expect(count('Place')).toBeGreaterThanOrEqual(80);
    expect(nodes.filter((n) => n.label === 'Event' && n.date).length).toBeGreaterThanOrEqual(35);
    expect(rels.length).toBeGreaterThanOrEqual(300);
  });

  it('every disputed field names its recorded value among the cited ones and explains itself', () => {
    for (const r of [...nodes, ...rels] as (Node | Rel)[]) {
      const byField = new Map<string, Set<string>>();
      for (const c of r.sources)
        if (c.field && c.value !== undefined)
          byField.set(c.field, (byField.get(c.field) ?? new Set()).add(String(c.value)));
      for (const [field, values] of byField) {
        if (values.size < 2) continue;
        const own = (r as unknown as Record<string, unknown>)[field] ?? (r as Node).props?.[field];
        expect(values.has(String(own)), `${JSON.stringify(r).slice(0, 80)} ${field}`).toBe(true);
        expect(r.dispute_note, `${'id' in r ? r.id : ''} ${field}`).toBeTruthy();
      }
    }
  });
});
