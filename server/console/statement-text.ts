// Reads the console's query text as Cypher tokens (strings, comments and `quoted` names skipped) for the few
// checks that must happen before Neo4j sees it: one statement, and no EXPLAIN/PROFILE/CYPHER/USE prefix.

export interface Token {
  kind: 'word' | 'quoted' | 'punct';
  /** Words upper-cased; a quoted token keeps only its quote character; punctuation is one character. */
  text: string;
}

export interface StatementText {
  /** What Neo4j is given: the user's text with trailing semicolons and blanks cut, positions otherwise unchanged. */
  body: string;
  /** Non-empty statements separated by top-level semicolons. */
  statements: number;
  /** Tokens outside comments, in order (semicolons excluded). */
  tokens: Token[];
}

/** Index just past a quoted run starting at `i`; backslash escapes in strings, doubled backquotes in names. */
function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (quote !== '`' && text[j] === '\\') j += 2;
    else if (text[j] === quote) {
      if (quote === '`' && text[j + 1] === '`') j += 2;
      else return j + 1;
    } else j++;
  }
  return text.length;
}

export function readStatement(text: string): StatementText {
  const tokens: Token[] = [];
  let body = text;
  let statements = 0;
  let inStatement = false;
  let end = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === ';') {
      if (inStatement) statements++;
      // A semicolon before any statement would make Neo4j count an empty one: blank it, keeping positions.
      else if (statements === 0) body = `${body.slice(0, i)} ${body.slice(i + 1)}`;
      inStatement = false;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      inStatement = true;
      let j = i + 1;
      if (c === "'" || c === '"' || c === '`') {
        j = skipQuoted(text, i);
        tokens.push({ kind: 'quoted', text: c });
      } else if (/[\p{L}_]/u.test(c)) {
        while (j < text.length && /[\p{L}\p{N}_$]/u.test(text[j]!)) j++;
        tokens.push({ kind: 'word', text: text.slice(i, j).toUpperCase() });
      } else tokens.push({ kind: 'punct', text: c });
      i = j;
      end = i;
    }
  }
  if (inStatement) statements++;
  return { body: body.slice(0, end), statements, tokens };
}
