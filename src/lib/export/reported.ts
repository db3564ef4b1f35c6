/**
 * What the sources reported, row by row: every figure of the selected events with who
 * reported it and its sources, and every note on where sources disagree. The comparison table
 * shows these rows (figures) and sorts them; "Figures and notes (CSV)" writes them all. Pure.
 */
import Papa from 'papaparse';
import { formatFigureValue } from '../format/figures';
import { formatDateRange } from '../format/dates';
import { mustParseDate } from '../model/dates';
import { sourcesDisagree } from '../model/disagreement';
import type { Chronology, ChronologyEvent, Source } from '../model/types';
import { guardCsvText } from './csv-guard';
import { exportFileName, sourcesById, type ExportFile, type ExportSelection } from './selection';

export interface ReportedSource {
  id: string;
  /** The publisher, else the title, else the id. */
  label: string;
  url?: string;
}

export interface ReportedRow {
  eventId: string;
  title: string;
  /** "25 Apr 2025", at the date's precision. */
  date: string;
  /** For sorting by date: the start's first instant. */
  startMs: number;
  start: string;
  end?: string;
  kind: 'figure' | 'note';
  /** The figure's measure ("duration"), or the note's topic ("date"). */
  measure: string;
  /** "about 3.5 h", "3–4 h"; empty for a note. */
  figure: string;
  /** For sorting by figure: the value, else the lower bound, else the upper one. */
  amount?: number;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  approx?: boolean;
  /** Who gave the figure ("Ushakov"); empty when the data does not say. */
  reportedBy: string;
  /** The note's text, or the figure's own words and note. */
  text: string;
  sources: ReportedSource[];
  /** Whether the event's sources disagree (model/disagreement.ts). */
  disagree: boolean;
}

function sourcesOf(ids: readonly string[] | undefined, registry: Map<string, Source>) {
  return (ids ?? []).map((id): ReportedSource => {
    const source = registry.get(id);
    const label = source?.publisher ?? source?.title ?? id;
    return source?.url ? { id, label, url: source.url } : { id, label };
  });
}

/** The rows of the selected events, in their order: each event's figures, then its notes. */
export function reportedRows(
  events: readonly ChronologyEvent[],
  chronology: Pick<Chronology, 'sources'>,
): ReportedRow[] {
  const registry = sourcesById(chronology as Chronology);
  const rows: ReportedRow[] = [];
  for (const event of events) {
    const start = mustParseDate(event.start);
    const end = event.end ? mustParseDate(event.end) : undefined;
    const common = {
      eventId: event.id,
      title: event.title,
      date: formatDateRange(start, end, event.approximate),
      startMs: start.startMs,
      start: event.start,
      ...(event.end ? { end: event.end } : {}),
      disagree: sourcesDisagree(event),
    };
    for (const figure of event.figures ?? []) {
      const words = [figure.text ? `“${figure.text}”` : '', figure.note ?? ''];
      rows.push({
        ...common,
        kind: 'figure',
        measure: figure.measure,
        figure: formatFigureValue(figure),
        amount: figure.value ?? figure.min ?? figure.max,
        value: figure.value,
        min: figure.min,
        max: figure.max,
        unit: figure.unit,
        approx: figure.approx,
        reportedBy: figure.attribution ?? '',
        text: words.filter(Boolean).join(' '),
        sources: sourcesOf(figure.sources, registry),
      });
    }
    for (const note of event.notes ?? []) {
      rows.push({
        ...common,
        kind: 'note',
        measure: note.topic ?? '',
        figure: '',
        reportedBy: '',
        text: note.text,
        sources: sourcesOf(note.sources, registry),
      });
    }
  }
  return rows;
}

export const SORT_COLUMNS = [
  'event',
  'date',
  'measure',
  'figure',
  'reportedBy',
  'sources',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

const compareText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
/** Rows without a number go last either way. */
function compareAmount(a: number | undefined, b: number | undefined, sign: number): number {
  if (a === undefined || b === undefined)
    return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  return sign * (a - b);
}

const COMPARE: Record<SortColumn, (a: ReportedRow, b: ReportedRow) => number> = {
  event: (a, b) => compareText(a.title, b.title),
  date: (a, b) => a.startMs - b.startMs,
  measure: (a, b) => compareText(a.measure, b.measure),
  figure: () => 0, // by amount, in sortRows: an empty figure stays last
  reportedBy: (a, b) => compareText(a.reportedBy, b.reportedBy),
  sources: (a, b) => compareText(a.sources[0]?.label ?? '', b.sources[0]?.label ?? ''),
};

/** The rows sorted by one column; ties keep the selection's order (time, then the data's). */
export function sortRows(
  rows: readonly ReportedRow[],
  column: SortColumn,
  direction: SortDirection,
): ReportedRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const order = new Map(rows.map((row, i) => [row, i]));
  return [...rows].sort((a, b) => {
    const by =
      column === 'figure' ? compareAmount(a.amount, b.amount, sign) : sign * COMPARE[column](a, b);
    return by || (order.get(a) as number) - (order.get(b) as number);
  });
}

export const REPORTED_CSV_COLUMNS = [
  'event_id',
  'event_title',
  'start',
  'end',
  'row',
  'measure',
  'figure',
  'value',
  'min',
  'max',
  'unit',
  'approx',
  'reported_by',
  'text',
  'sources_disagree',
  'source_ids',
  'source_urls',
] as const;

const BYTE_ORDER_MARK = '\ufeff';
const number = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The rows as a CSV file: one line per figure and per note, with their attribution and sources. */
export function rowsCsv(rows: readonly ReportedRow[]): string {
  const data = rows.map((row) => [
    guardCsvText(row.eventId),
    guardCsvText(row.title),
    row.start,
    row.end ?? '',
    row.kind,
    guardCsvText(row.measure),
    guardCsvText(row.figure),
    number(row.value),
    number(row.min),
    number(row.max),
    row.unit ?? '',
    row.approx ? 'true' : '',
    guardCsvText(row.reportedBy),
    guardCsvText(row.text),
    row.disagree ? 'true' : 'false',
    guardCsvText(row.sources.map((s) => s.id).join('; ')),
    guardCsvText(row.sources.map((s) => s.url ?? '').join(' ')),
  ]);
  return (
    BYTE_ORDER_MARK +
    Papa.unparse({ fields: [...REPORTED_CSV_COLUMNS], data }, { newline: '\r\n' }) +
    '\r\n'
  );
}

/** "Figures and notes (CSV)": what the sources reported about the selected events. */
export function exportReportedCsv(selection: ExportSelection): ExportFile {
  return {
    fileName: exportFileName(selection.chronology, selection.now, 'csv', 'figures'),
    mimeType: 'text/csv;charset=utf-8',
    text: rowsCsv(reportedRows(selection.events, selection.chronology)),
    warnings: [],
  };
}
