/**
 * A UCDP GED or ACLED export read as it streams in, a piece of text at a time: rows become
 * events, a thousand at a time are checked (by the validator every import uses) and handed on
 * to be stored, and the columns the band counts are built as they pass. Nothing is held but
 * the columns and the current thousand, so a 500 MB export fits in a worker's memory. Pure:
 * where the text comes from and where the events go (stream-worker.ts) are not its business.
 *
 * All or nothing, as every import: from the first problem on, nothing more is handed on, and
 * the outcome lists the problems, so the caller drops what it stored.
 *
 * Day/month order of numeric dates is decided from the first FIRST_ROWS rows (a file that has
 * dates both ways is then a problem at the first row that cannot be read so); if they cannot
 * settle it the import stops and asks, and is run again with the answer.
 */
import { BesideBuilder, type BesideData } from '../beside/columns';
import { formatDate } from '../format/dates';
import {
  delimiterOf,
  normaliseHeader,
  QUOTE_MESSAGES,
  repeatedColumnProblems,
} from '../import/csv-table';
import { MAX_LISTED_PROBLEMS, titleFromFileName } from '../import/finish';
import type { DraftProblem, ImportFormat, ImportProblem, PrecisionCounts } from '../import/types';
import { mustParseDate, type PartialDate } from '../model/dates';
import { FORMAT_ID, type ChronologyEvent } from '../model/types';
import { validateChronology } from '../model/validate';
import { conflictRows, decideOrder, type ConflictRows } from './convert';
import type { DayMonthOrder } from './dates';
import { conflictLayout, importedFrom, LAYOUT_NAMES, type ConflictLayout } from './layouts';
import { CsvStream } from '../import/csv-stream';

/** Rows read before the day/month order is decided. */
export const FIRST_ROWS = 20_000;

export interface StreamOptions {
  fileName: string;
  /** The reader's answer when the first rows could not settle day/month order. */
  order?: DayMonthOrder;
  /** Events per piece handed on (the stored chunk size). */
  chunkSize: number;
  /** Receives each checked piece of events, in file order, while no problem has been found. */
  onChunk: (events: ChronologyEvent[], chunk: number) => void;
}

/** Why the import stopped before the end: it must be asked something, or cannot go on. */
export type StreamStop =
  { reason: 'not-conflict'; header: string[] } | { reason: 'needs-order'; examples: string[] };

export interface StreamSummary {
  events: number;
  first?: string;
  last?: string;
  precision: PrecisionCounts;
}

export interface StreamOutcome {
  format?: ImportFormat;
  title: string;
  description: string;
  stop?: StreamStop;
  problems: ImportProblem[];
  problemCount: number;
  warnings: string[];
  /** Rows read (not counting the header and blank lines). */
  rows: number;
  summary: StreamSummary;
  /** The first few events, for the preview. */
  sample: ChronologyEvent[];
  /** The band's columns: only when there are no problems. */
  columns?: BesideData;
}

/** Keep at most this many problems while reading: the rest are only counted. */
const KEEP_PROBLEMS = MAX_LISTED_PROBLEMS * 5;
const SAMPLE = 5;

export class ConflictStreamImport {
  private csv: CsvStream | undefined;
  private header: string[] | undefined;
  private layout: ConflictLayout | undefined;
  private converter: ConflictRows | undefined;
  /** Rows waiting for the day/month order to be decided. */
  private waiting: { row: number; cells: string[] }[] = [];
  private orderWarning: string | undefined;
  private batch: Record<string, unknown>[] = [];
  private batchRows: number[] = [];
  private chunks = 0;
  private dataRows = 0;
  private problems: DraftProblem[] = [];
  private problemTotal = 0;
  private stopped: StreamStop | undefined;
  /** A problem every later row would repeat: reading stopped there. */
  private halted = false;
  /**
   * The first rows had no numeric date, so no day/month order: decided afresh from the rows
   * from the first numeric date on, when one comes.
   */
  private orderOpen = false;
  private readonly columns: BesideBuilder;
  private readonly sample: ChronologyEvent[] = [];
  private readonly precision: PrecisionCounts = { day: 0, month: 0, year: 0, time: 0 };
  private first: PartialDate | undefined;
  private last: PartialDate | undefined;

  constructor(private readonly options: StreamOptions) {
    this.columns = new BesideBuilder(titleFromFileName(options.fileName));
  }

  /** Whether reading can stop early (the import must ask something, or is not this kind). */
  get stop(): StreamStop | undefined {
    return this.stopped;
  }

  /**
   * Whether reading on is of no use: stopped, or a problem that makes every later row one too
   * (dates written both ways, a quoted cell that never closes).
   */
  get finished(): boolean {
    return this.stopped !== undefined || this.halted || Boolean(this.csv?.stopped);
  }

  get rows(): number {
    return this.dataRows;
  }

  /** Events checked so far. */
  get events(): number {
    return this.columns.count;
  }

  get format(): ImportFormat | undefined {
    return this.converter?.format;
  }

  get problemCount(): number {
    return this.problemTotal;
  }

  /** The first events, for the preview shown after the first piece. */
  get firstEvents(): readonly ChronologyEvent[] {
    return this.sample;
  }

  push(text: string): void {
    if (this.finished) return;
    if (!this.csv) {
      // A byte-order mark: UTF-8's decoder drops it, but read as Windows-1252 it is "ï»¿".
      text = text.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '');
      this.csv = new CsvStream(delimiterOf(text), (cells, record) => this.onRow(cells, record));
    }
    this.csv.push(text);
    this.takeQuoteProblems();
  }

  /** Quoting mistakes as the reader finds them: they come first, and stop the hand-over. */
  private takeQuoteProblems(): void {
    const found = this.csv?.problems;
    if (!found?.length) return;
    for (const { record, code } of found.splice(0))
      this.problem({
        where: `row ${record}`,
        order: record,
        message: QUOTE_MESSAGES[code] ?? code,
      });
  }

  end(): StreamOutcome {
    if (!this.stopped && this.csv) {
      if (!this.halted) this.csv.end();
      this.takeQuoteProblems();
      if (this.header && !this.halted && !this.stopped && (this.waiting.length || !this.converter))
        this.decideOrder(true);
      this.flush();
    }
    if (!this.header && !this.stopped)
      this.problem({ where: 'file', order: -1, message: 'nothing in this file could be imported' });
    const layout = this.layout;
    const listed = [...this.problems]
      .sort((a, b) => a.order - b.order)
      .slice(0, MAX_LISTED_PROBLEMS)
      .map(({ where, message }) => ({ where, message }));
    const clean = this.problemTotal === 0 && !this.stopped;
    return {
      ...(this.converter ? { format: this.converter.format } : {}),
      title: titleFromFileName(this.options.fileName),
      description: layout ? importedFrom(LAYOUT_NAMES[layout]) : '',
      ...(this.stopped ? { stop: this.stopped } : {}),
      problems: listed,
      problemCount: this.problemTotal,
      warnings: [
        ...(this.orderWarning ? [this.orderWarning] : []),
        ...(this.converter?.warnings() ?? []),
      ],
      rows: this.dataRows,
      summary: {
        events: this.columns.count,
        ...(this.first ? { first: formatDate(this.first) } : {}),
        ...(this.last ? { last: formatDate(this.last) } : {}),
        precision: this.precision,
      },
      sample: this.sample,
      ...(clean ? { columns: this.columns.finish() } : {}),
    };
  }

  private onRow(cells: string[], record: number): void {
    if (this.stopped) return;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (!this.header) {
      this.header = cells.map((cell) => cell.trim());
      this.layout = conflictLayout(this.header);
      if (!this.layout) {
        this.stopped = { reason: 'not-conflict', header: this.header };
        return;
      }
      for (const problem of repeatedColumnProblems(
        { header: this.header, headerRow: record, rows: [], problems: [] },
        normaliseHeader,
      ))
        this.problem(problem);
      return;
    }
    if (this.halted) return;
    this.dataRows++;
    const waiting = !this.converter || this.waiting.length > 0;
    if (!waiting && this.orderOpen && (this.converter as ConflictRows).hasNumericDate(cells)) {
      this.waiting.push({ row: record, cells });
      return;
    }
    if (!waiting) this.convert(record, cells);
    else {
      this.waiting.push({ row: record, cells });
      if (this.waiting.length >= FIRST_ROWS) this.decideOrder(false);
    }
  }

  private decideOrder(wholeFile: boolean): void {
    const header = this.header as string[];
    const first = this.waiting[0]?.row;
    const decided = decideOrder(
      header,
      this.waiting.map((w) => w.cells),
      this.options.order,
      wholeFile
        ? ''
        : ` in ${this.converter ? `the ${FIRST_ROWS.toLocaleString('en')} rows from row ${first}` : `the first ${FIRST_ROWS.toLocaleString('en')} rows`}`,
    );
    if ('needsOrder' in decided) {
      this.stopped = { reason: 'needs-order', examples: decided.needsOrder.examples };
      return;
    }
    if ('problem' in decided) {
      // Every row after would be one more such problem: one is enough, as reading whole says.
      this.problem(decided.problem);
      this.halted = true;
      this.waiting = [];
      return;
    }
    if ('warning' in decided && decided.warning) this.orderWarning = decided.warning;
    this.orderOpen = decided.order === undefined;
    if (this.converter) this.converter.setOrder(decided.order);
    else this.converter = conflictRows(header, decided.order);
    const waiting = this.waiting;
    this.waiting = [];
    for (const { row, cells } of waiting) this.convert(row, cells);
  }

  private convert(row: number, cells: readonly string[]): void {
    const converter = this.converter as ConflictRows;
    const index = row;
    const width = (this.header as string[]).length;
    for (let c = width; c < cells.length; c++)
      if ((cells[c] as string).trim() !== '') {
        this.problem({
          where: `row ${row}, column ${c + 1}`,
          order: row,
          message: `has a value but the header names only ${width} columns`,
        });
        break;
      }
    const found: DraftProblem[] = [];
    const event = converter.convert(row, cells, index, found);
    for (const problem of found) this.problem(problem);
    if (!event) return;
    this.batch.push(event);
    this.batchRows.push(row);
    if (this.batch.length >= this.options.chunkSize) this.flush();
  }

  /** Checks the waiting events with the validator, and hands them on while all is well. */
  private flush(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    const rows = this.batchRows;
    this.batch = [];
    this.batchRows = [];
    const result = validateChronology(
      { format: FORMAT_ID, title: this.columns.count.toString(), events: batch },
      { maxProblems: MAX_LISTED_PROBLEMS },
    );
    if (!result.ok) {
      for (const problem of result.problems) {
        const m = /^events\[(\d+)\]/.exec(problem.path);
        const row = m ? rows[Number(m[1])] : undefined;
        this.problem({
          where: row === undefined ? 'file' : `row ${row}`,
          order: row ?? -1,
          message: problem.message,
        });
      }
      this.problemTotal += result.total - result.problems.length;
      return;
    }
    const events = result.chronology.events;
    for (const event of events) {
      this.columns.add(event);
      if (this.sample.length < SAMPLE) this.sample.push(event);
      const start = mustParseDate(event.start);
      const end = event.end ? mustParseDate(event.end) : start;
      const p = start.precision;
      this.precision[p === 'minute' || p === 'second' ? 'time' : p]++;
      if (!this.first || start.startMs < this.first.startMs) this.first = start;
      if (!this.last || end.endMs > this.last.endMs) this.last = end;
    }
    if (this.problemTotal === 0) this.options.onChunk(events, this.chunks++);
  }

  private problem(problem: DraftProblem): void {
    this.problemTotal++;
    if (this.problems.length < KEEP_PROBLEMS) this.problems.push(problem);
  }
}
