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
 * breaks. The line break is guessed from the first MB as papaparse guesses it (guessLineBreak),
 * and the text is held until then. A unit test compares it with papaparse on random files cut at
 * random places.
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

/** How much text the line break is guessed from, as papaparse guesses it. */
const GUESS_FROM = 1024 * 1024;

/**
 * The file's line break, guessed as papaparse does: quoted cells left out, `\n` if it comes
 * before any `\r`, else `\r\n` if most `\r` are followed by `\n`, else `\r`. Only that break
 * ends a row; another inside an unquoted cell is part of the cell (as papaparse reads it).
 */
export function guessLineBreak(text: string): '\n' | '\r\n' | '\r' {
  const head = text.slice(0, GUESS_FROM).replace(/"[^]*?"/g, '');
  const byCr = head.split('\r');
  const byLf = head.split('\n');
  if (
    byCr.length === 1 ||
    (byLf.length > 1 && (byLf[0] as string).length < (byCr[0] as string).length)
  )
    return '\n';
  let withLf = 0;
  for (let i = 1; i < byCr.length; i++) if ((byCr[i] as string)[0] === '\n') withLf++;
  return withLf >= (byCr.length - 1) / 2 ? '\r\n' : '\r';
}

/** Longest cell read: a quote never closed would otherwise swallow the rest of a 500 MB file. */
export const MAX_CELL = 8 * 1024 * 1024;

export class CsvStream {
  readonly problems: CsvStreamProblem[] = [];
  private readonly delimiter: number;
  private cells: string[] = [];
  private cell = '';
  private state: State = State.CellStart;
  /** Text held until the line break can be guessed (the first MB, or all of a smaller file). */
  private head: string | null = '';
  private lineBreak: '\n' | '\r\n' | '\r' = '\n';
  /** CRLF files: a piece ended on a CR; the next character says whether it ended the row. */
  private pendingCr = false;
  /** Records handed on (blank ones too): the next row's number is `records + 1`. */
  private records = 0;
  /** A cell grew past MAX_CELL: reading stopped (a MissingQuotes problem says where). */
  stopped = false;

  constructor(
    delimiter: string,
    private readonly onRow: RowHandler,
    /** The line break, when known; else guessed from the first MB. */
    lineBreak?: '\n' | '\r\n' | '\r',
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    if (lineBreak) {
      this.lineBreak = lineBreak;
      this.head = null;
    }
  }

  /** Reads `text`, handing on every row it completes. */
  push(text: string): void {
    if (this.stopped) return;
    if (this.head !== null) {
      this.head += text;
      if (this.head.length < GUESS_FROM) return;
      text = this.startReading();
    }
    this.read(text);
  }

  /** The end of the text: the last row, if the file does not end with a line break. */
  end(): void {
    if (this.head !== null) this.read(this.startReading());
    if (this.stopped) return;
    if (this.pendingCr) {
      this.pendingCr = false;
      this.cell += '\r';
    }
    if (this.state === State.Quoted) this.problem('MissingQuotes');
    if (this.state !== State.CellStart || this.cells.length > 0 || this.cell !== '') this.endRow();
  }

  private startReading(): string {
    const text = this.head as string;
    this.head = null;
    this.lineBreak = guessLineBreak(text);
    return text;
  }

  private read(text: string): void {
    const delimiter = this.delimiter;
    const crlf = this.lineBreak === '\r\n';
    const breakChar = this.lineBreak === '\n' ? LF : CR;
    const n = text.length;
    let i = 0;
    if (this.pendingCr && n > 0) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) {
        this.endRow();
        i = 1;
      } else this.cell += '\r';
    }
    while (i < n && !this.stopped) {
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
            if (c === delimiter) break;
            if (c === breakChar) {
              if (!crlf) break;
              if (j + 1 === n) break; // a CR at the end of the piece: the next one decides
              if (text.charCodeAt(j + 1) === LF) break;
            }
            j++;
          }
          if (j > i) {
            const run = text.slice(i, j);
            // After a closing quote, spaces before the delimiter are nothing (as in papaparse).
            if (this.state === State.AfterQuoted && !/^[ \t]*$/.test(run)) {
              this.problem('InvalidQuotes');
              this.cell += run;
            } else if (this.state !== State.AfterQuoted) this.cell += run;
          }
          if (j === n) {
            i = n;
            break;
          }
          if (c === delimiter) {
            this.endCell();
            i = j + 1;
          } else if (crlf && j + 1 === n) {
            this.pendingCr = true;
            i = n;
          } else {
            this.endRow();
            i = j + (crlf ? 2 : 1);
          }
          break;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          this.cell += q === -1 ? text.slice(i) : text.slice(i, q);
          if (this.cell.length > MAX_CELL) {
            this.problem('MissingQuotes');
            this.stopped = true;
            return;
          }
          if (q === -1) i = n;
          else {
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
