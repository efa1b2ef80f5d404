// The console's text reading (statements, prefixes, USE) and the hop bounds read from Neo4j's plan details.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxHops, operatorName } from '../../server/console/plan-rules.ts';
import { readStatement } from '../../server/console/statement-text.ts';
import { checkStatementText } from '../../server/console/text-rules.ts';

describe('readStatement', () => {
  it.each([
    ['RETURN 1', 1, 'RETURN 1'],
    ['RETURN 1;', 1, 'RETURN 1'],
    ['RETURN 1 ; \n -- ', 2, 'RETURN 1 ; \n --'],
    ['RETURN 1; // trailing comment', 1, 'RETURN 1'],
    ["RETURN 'a;b' AS s", 1, "RETURN 'a;b' AS s"],
    ['RETURN "it\\"s; fine" AS s', 1, 'RETURN "it\\"s; fine" AS s'],
    ['RETURN 1 AS `semi;colon`', 1, 'RETURN 1 AS `semi;colon`'],
    ['RETURN 1 AS `back``tick;`', 1, 'RETURN 1 AS `back``tick;`'],
    ['RETURN 1 /* ; */', 1, 'RETURN 1'],
    ['RETURN 1 // ;\n', 1, 'RETURN 1'],
    ['RETURN 1; RETURN 2', 2, 'RETURN 1; RETURN 2'],
    [';;RETURN 1', 1, '  RETURN 1'],
    ['// only a comment', 0, ''],
  ])('%j holds %i statement(s)', (text, statements, body) => {
    const s = readStatement(text);
    expect(s.statements).toBe(statements);
    expect(s.body).toBe(body);
  });

  it('keeps positions: the body is always a prefix of the text, semicolons before it blanked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const { body } = readStatement(text);
        expect(body.length).toBeLessThanOrEqual(text.length);
        expect(body.replace(/ /g, ';')).toBe(text.slice(0, body.length).replace(/ /g, ';'));
      }),
    );
  });

  it('a statement with a trailing semicolon is still one statement', () => {
    fc.assert(
      fc.property(fc.constantFrom('MATCH (n) RETURN n', "RETURN 'x;y'", 'RETURN 1 // c'), (q) => {
        expect(readStatement(`${q}\n;`).statements).toBe(1);
      }),
    );
  });
});

describe('checkStatementText', () => {
  const refusal = (text: string) => {
    try {
      checkStatementText(readStatement(text));
      return null;
    } catch (err) {
      return (err as Error).message;
    }
  };

  it.each([
    ['MATCH (n) RETURN n', null],
    ['MATCH (n {use: 1}) RETURN n', null],
    ['MATCH (use) RETURN use', null],
    ['WITH {use: 1} AS m RETURN m', null],
    ["RETURN 'USE system' AS s", null],
    ['use neo4j RETURN 1', 'USE is not available'],
    ['CALL { USE `neo4j` RETURN 1 AS x } RETURN x', 'USE is not available'],
    ['Profile RETURN 1', 'PROFILE is not available'],
    ['/* x */ EXPLAIN RETURN 1', 'EXPLAIN is not available'],
    ['CYPHER 5 RETURN 1', 'Query options'],
    ['RETURN 1; RETURN 2; RETURN 3', 'holds 3 statements'],
  ])('%s → %s', (text, message) => {
    const found = refusal(text);
    if (message === null) expect(found).toBeNull();
    else expect(found).toContain(message);
  });
});

describe('plan details', () => {
  it.each([
    ['(a)-[anon_0*]->(b)', Infinity],
    ['(a)-[anon_0*2..5]->(b)', 5],
    ['(a)-[anon_0*3]->(b)', 3],
    ['(a)-[anon_0*0..]->(b)', Infinity],
    ['(a)-[anon_0:LEADS*2..]->(b)', Infinity],
    ['(a)-[r*..3]->(b)', 3],
    ['(anon_0) (...){1, 3} (anon_1)', 3],
    ['SHORTEST 1 (a) ((`anon_3`)-[`anon_4`]->(`anon_5`)){1, } (b)', Infinity],
    ['(a)-->(b)', null],
  ])('%s allows at most %s hops', (details, hops) => {
    expect(maxHops(details)).toBe(hops);
  });

  it('names operators without runtime suffixes', () => {
    expect(operatorName('VarLengthExpand(All)@neo4j')).toBe('VarLengthExpand');
    expect(operatorName('ProcedureCall@neo4j')).toBe('ProcedureCall');
  });
});
