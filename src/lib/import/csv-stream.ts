/**
 * CSV read piece by piece, for files too big to hold as one string (a 500 MB conflict export).
 * Text is pushed as it is decoded; each complete row is handed on at once with its record
 * number, counted as csv-table.ts counts them (the header is row 1, a blank line is a row), so
 * a problem in row 812,344 names the same row whether the file was read whole or streamed.
 *
 * A state machine, not papaparse: papaparse streams only from a File or a Node stream it reads
 * itself, and we need the decoding in our hands (UTF-8 or Windows-1252, said) and the reading
 * inside one IndexedDB transaction. The rules are papaparse's (RFC 4180): a cell that starts
 * with `"` is quoted, `""` inside it is one `"`, and a quoted cell may hold the delimiter and line
 * breaks. Lines end at `\n`, `\r\n` or a lone `\r`. A unit test compares it with papaparse on
 * random files cut at random places.
 */

/** A quoting mistake, by the record it is in (same codes and sense as papaparse's). */
export interface CsvStreamProblem {
  record: number;
  code: 'MissingQuotes' | 'InvalidQuotes';
}

export type RowHandler = (cells: string[], record: number) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the reader is. */
const State = {
  /** At the start of a cell: a `"` here opens a quoted cell. */
  CellStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** A `"` inside a quoted cell: the next character says whether it closed the cell. */
  QuoteInQuoted: 3,
  /** After a quoted cell closed: only the delimiter or a line break should follow. */
  AfterQuoted: 4,
} as const;
type State = (typeof State)[keyof typeof State];

export class CsvStream {
  readonly problems: CsvStreamProblem[] = [];
  private readonly delimiter: number;
  private cells: string[] = [];
  private cell = '';
  private state: State = State.CellStart;
  /** A `\r` ended the last row: a `\n` right after it is the same line break. */
  private afterCr = false;
  /** Records handed on (blank ones too): the next row's number is `records + 1`. */
  private records = 0;

  constructor(
    delimiter: string,
    private readonly onRow: RowHandler,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Reads `text`, handing on every row it completes. */
  push(text: string): void {
    const delimiter = this.delimiter;
    const n = text.length;
    let i = 0;
    if (this.afterCr && n > 0) {
      this.afterCr = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      switch (this.state) {
        case State.CellStart:
          if (text.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            i++;
            break;
          }
          this.state = State.Unquoted;
        // falls through: the cell is unquoted and starts here
        case State.Unquoted:
        case State.AfterQuoted: {
          // Runs of plain characters are sliced, not added one by one.
          let j = i;
          let c = 0;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === delimiter || c === LF || c === CR) break;
            j++;
          }
          if (j > i) {
            if (this.state === State.AfterQuoted) this.problem('InvalidQuotes');
            this.cell += text.slice(i, j);
          }
          if (j === n) {
            i = n;
            break;
          }
          if (c === delimiter) {
            this.endCell();
            i = j + 1;
          } else {
            this.endRow();
            i = j + 1;
            if (c === CR) {
              if (i < n) {
                if (text.charCodeAt(i) === LF) i++;
              } else this.afterCr = true;
            }
          }
          break;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          if (q === -1) {
            this.cell += text.slice(i);
            i = n;
          } else {
            this.cell += text.slice(i, q);
            this.state = State.QuoteInQuoted;
            i = q + 1;
          }
          break;
        }
        case State.QuoteInQuoted:
          if (text.charCodeAt(i) === QUOTE) {
            this.cell += '"';
            this.state = State.Quoted;
            i++;
          } else this.state = State.AfterQuoted;
          break;
      }
    }
  }

  /** The end of the text: the last row, if the file does not end with a line break. */
  end(): void {
    if (this.state === State.Quoted) this.problem('MissingQuotes');
    if (this.state !== State.CellStart || this.cells.length > 0 || this.cell !== '') this.endRow();
  }

  private problem(code: CsvStreamProblem['code']): void {
    const record = this.records + 1;
    const last = this.problems[this.problems.length - 1];
    if (last?.record !== record || last.code !== code) this.problems.push({ record, code });
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.state = State.CellStart;
  }

  private endRow(): void {
    this.endCell();
    const cells = this.cells;
    this.cells = [];
    this.records++;
    this.onRow(cells, this.records);
  }
}
