import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvStream, guessLineBreak, MAX_CELL } from './csv-stream';

/** Every row, with its record number, of `text` pushed in the pieces `cuts` makes. */
function streamed(
  text: string,
  cuts: number[],
  delimiter = ',',
  lineBreak: '\n' | '\r\n' | '\r' | undefined = guessLineBreak(text),
) {
  const rows: { record: number; cells: string[] }[] = [];
  // The line break as a whole-file guess gives it, so that the cuts are read as cuts (without
  // one, the reader holds the first MB to guess from, and these files are smaller).
  const reader = new CsvStream(
    delimiter,
    (cells, record) => rows.push({ record, cells }),
    lineBreak,
  );
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  reader.push(text.slice(at));
  reader.end();
  return { rows, problems: reader.problems };
}

/** papaparse's rows, numbered as csv-table.ts numbers them; its trailing empty row dropped. */
function papaRows(text: string, delimiter = ',') {
  const data = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
  const rows = data.map((cells, i) => ({ record: i + 1, cells }));
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return rows;
}

const cell = fc.oneof(
  fc.constantFrom('', 'NA', 'Kyiv', 'Donets’k', 'Київ', '14/08/2020', '1,234', ' spaced '),
  fc.string({ maxLength: 8 }).filter((s) => !/[",\r\n]/.test(s)),
  // Quoted: the delimiter, line breaks and doubled quotes inside.
  fc
    .array(fc.constantFrom('a', ',', '\n', '\r\n', '""', 'é', ' '), { maxLength: 6 })
    .map((parts) => `"${parts.join('')}"`),
);

const csvText = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(
    ([rows, newline, trailing]) =>
      rows.map((r) => r.join(',')).join(newline) + (trailing ? newline : ''),
  );

describe('reading a CSV piece by piece', () => {
  it('guesses the line break as papaparse does', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const papa = Papa.parse(text, { delimiter: ',' }).meta.linebreak;
        expect(guessLineBreak(text)).toBe(papa);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rows, numbered the same, as papaparse reading it whole, wherever it is cut', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), (text, cuts) => {
        const { rows, problems } = streamed(text, cuts);
        expect(rows).toEqual(papaRows(text));
        expect(problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a quoted cell with line breaks and doubled quotes whole when a piece ends inside it', () => {
    const text = 'id,notes\r\n1,"Shelling near ""Avdiivka"",\r\nreported twice"\r\n2,quiet\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const { rows } = streamed(text, [cut]);
      expect(rows).toEqual([
        { record: 1, cells: ['id', 'notes'] },
        { record: 2, cells: ['1', 'Shelling near "Avdiivka",\r\nreported twice'] },
        { record: 3, cells: ['2', 'quiet'] },
      ]);
    }
  });

  it('reads a tab- or semicolon-separated file with its own delimiter', () => {
    expect(streamed('a;b\n1;"x;y"\n', [3], ';').rows).toEqual([
      { record: 1, cells: ['a', 'b'] },
      { record: 2, cells: ['1', 'x;y'] },
    ]);
    expect(streamed('a\tb\n1\t2', [], '\t').rows[1]?.cells).toEqual(['1', '2']);
  });

  it('counts a blank line as a row, as a spreadsheet numbers it', () => {
    expect(streamed('a,b\n\n1,2\n', []).rows.map((r) => r.record)).toEqual([1, 2, 3]);
  });

  it('reads old Mac line breaks (a lone CR), and CRLF even when a piece ends between CR and LF', () => {
    expect(streamed('a,b\r1,2\r3,4', []).rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    for (let cut = 0; cut <= 9; cut++)
      expect(streamed('a,b\r\n1,2\r\n', [cut]).rows.map((r) => r.cells)).toEqual([
        ['a', 'b'],
        ['1', '2'],
      ]);
  });

  it('in a CRLF file, a bare LF inside an unquoted cell is part of it, as papaparse reads it', () => {
    const text = 'a,b\r\nx\ny,2\r\n3,4\r\n';
    expect(guessLineBreak(text)).toBe('\r\n');
    expect(streamed(text, [6]).rows).toEqual(papaRows(text));
    expect(streamed(text, [6]).rows[1]?.cells).toEqual(['x\ny', '2']);
  });

  it('holds the first MB to guess the line break when it is not told, then reads on', () => {
    const rows: string[][] = [];
    const reader = new CsvStream(',', (cells) => rows.push(cells));
    reader.push('a,b\r\n1,');
    reader.push('2\r\n');
    expect(rows).toEqual([]);
    reader.end();
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('stops at a quoted cell that never closes before it swallows a whole big file', () => {
    const { problems, rows } = streamed(`a,b\n1,"${'x'.repeat(MAX_CELL + 10)}`, [100, 5_000_000]);
    expect(problems).toEqual([{ record: 2, code: 'MissingQuotes' }]);
    expect(rows).toHaveLength(1);
  });

  it('names the row of a quoted cell that is never closed, and of text after a closing quote', () => {
    expect(streamed('a,b\n1,"open\n2,3\n', [7]).problems).toEqual([
      { record: 2, code: 'MissingQuotes' },
    ]);
    const { rows, problems } = streamed('a,b\n1,"x"y\n', []);
    expect(problems).toEqual([{ record: 2, code: 'InvalidQuotes' }]);
    expect(rows[1]?.cells).toEqual(['1', 'xy']);
  });
});
