/**
 * A CSV file as a header and numbered rows, read with papaparse. Rows are numbered as a
 * spreadsheet shows them (the header is row 1; blank rows count but are skipped), so "row 12"
 * in a message is row 12 on screen, even when cells above it hold line breaks.
 *
 * papaparse runs without its header mode on purpose: header mode renames a repeated column
 * ("title" twice becomes "title" and "title_1") and drops the column positions we name in
 * messages; here both are kept and a repeated column is a problem.
 */
import Papa from 'papaparse';
import { quote } from '../model/validate';
import type { DraftProblem } from './types';

export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Row number of the header (1 unless blank lines come first). */
  headerRow: number;
  rows: CsvRow[];
  problems: DraftProblem[];
}

/** The delimiter of the header line: comma unless the header has none and a tab or ";" instead. */
export function delimiterOf(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

export const QUOTE_MESSAGES: Record<string, string> = {
  MissingQuotes:
    'a quoted cell is never closed (a " is missing), so everything after it reads as one cell',
  InvalidQuotes: 'a quoted cell has text after its closing quote',
};

export function readCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(body),
  });
  const problems: DraftProblem[] = [];
  for (const error of parsed.errors) {
    const message = QUOTE_MESSAGES[error.code];
    if (!message) continue; // delimiter guessing is off (delimiter is set), field counts are ours
    const row = (error.row ?? 0) + 1;
    problems.push({ where: `row ${row}`, order: row, message });
  }

  const records = parsed.data;
  let headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex === -1) headerIndex = records.length;
  const header = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (!isBlank(cells)) rows.push({ row: i + 1, cells });
  }
  return { header, headerRow: headerIndex + 1, rows, problems };
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Header cell → the form columns are matched in: trimmed, lower case, single spaces. */
export function normaliseHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Cells past the last column hold data no column names; losing it silently would be wrong, so
 * a non-empty one is a problem. Rows shorter than the header are fine (spreadsheets trim them).
 */
export function extraCellProblems(table: CsvTable): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const { row, cells } of table.rows) {
    for (let c = table.header.length; c < cells.length; c++) {
      if (cells[c]!.trim() !== '') {
        problems.push({
          where: `row ${row}, column ${c + 1}`,
          order: row,
          message: `has a value but the header names only ${table.header.length} columns`,
        });
        break;
      }
    }
  }
  return problems;
}

/** Two header cells with the same name: which one is meant is anyone's guess. */
export function repeatedColumnProblems(
  table: CsvTable,
  normalise: (cell: string) => string,
): DraftProblem[] {
  const seen = new Map<string, number>();
  const problems: DraftProblem[] = [];
  table.header.forEach((cell, i) => {
    const key = normalise(cell);
    if (key === '') return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      problems.push({
        where: `row ${table.headerRow}, column ${i + 1}`,
        order: -1,
        message: `the column ${quote(cell)} appears twice (columns ${first + 1} and ${i + 1})`,
      });
  });
  return problems;
}

/**
 * Where a validator path (`events[3].start`) is in a CSV whose rows became events one by one,
 * some rows making none: `eventRows[i]` is the index in `table.rows` of event i.
 */
export function rowLocator(
  table: CsvTable,
  eventRows: readonly number[],
  rowName: (row: number) => string = (row) => `row ${row}`,
): (path: string) => { where: string; order: number } {
  return (path) => {
    const m = /^events\[(\d+)\]/.exec(path);
    const index = m ? eventRows[Number(m[1])] : undefined;
    const row = index === undefined ? undefined : table.rows[index]?.row;
    return row === undefined || index === undefined
      ? { where: 'file', order: -1 }
      : { where: rowName(row), order: index };
  };
}
