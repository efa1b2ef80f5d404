// A strict RFC 4180 reader for tests: quoted cells, doubled quotes, CRLF rows; throws on anything malformed.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      const close = (from: number): number => {
        const j = text.indexOf('"', from);
        if (j < 0) throw new Error(`unterminated quote at ${i}`);
        return text[j + 1] === '"' ? close(j + 2) : j;
      };
      const end = close(i + 1);
      cell = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
      if (i < text.length && !/[,\r\n]/.test(text[i]!)) throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\n') throw new Error(`bare LF at ${i}`);
    else if (c === '"') throw new Error(`quote inside an unquoted cell at ${i}`);
    else cell += c;
    i++;
  }
  if (cell !== '' || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}
