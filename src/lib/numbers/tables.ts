/**
 * Each chart's data table: what the panel shows beside the chart and what "Download CSV" saves,
 * built once so the two cannot differ. A cell may lead to its events (`target`): the panel
 * turns a target into filters (./trace.ts) or an open event. Pure.
 */
import { utcDayText } from '../model/dates';
import Papa from 'papaparse';
import { guardCsvText } from '../export/csv-guard';
import { formatDateRange, formatMonthKey } from '../format/dates';
import { formatFigureValue } from '../format/figures';
import { kindLabel } from '../format/labels';
import type { EventView } from '../model/prepare';
import type { Figure, Source } from '../model/types';
import type { CountRow } from './counts';
import { formatDuration, formatHours } from './durations';
import type { TimedEvent } from './extremes';
import { NO_KIND, type MonthHours, type MonthKinds } from './months';
import type { PairInterval } from './pairs';
import type { Target } from './trace';

export interface Cell {
  text: string;
  /** What the CSV holds, when not the text (a number, an ISO month). */
  value?: string | number;
  target?: Target;
}

export interface DataTable {
  columns: string[];
  rows: Cell[][];
}

const cell = (text: string, value?: string | number, target?: Target): Cell => ({
  text,
  ...(value !== undefined ? { value } : {}),
  ...(target ? { target } : {}),
});
const count = (n: number, target?: Target) => cell(n.toLocaleString('en'), n, target);
const hours = (n: number) => Math.round(n * 100) / 100;

/** The label of a kind bar or column. */
export function kindName(kind: string): string {
  return kind === NO_KIND ? 'Kind not stated' : (kindLabel(kind) ?? kind);
}

/** Months with events, one row each; a column per kind. */
export function monthKindsTable(
  months: readonly MonthKinds[],
  kinds: readonly string[],
): DataTable {
  return {
    columns: ['Month', 'Events', ...kinds.map(kindName)],
    rows: months
      .filter((m) => m.total > 0)
      .map((m) => [
        cell(formatMonthKey(m.month), m.month, { type: 'month', month: m.month }),
        count(m.total),
        ...kinds.map((kind) => {
          const n = m.kinds.get(kind) ?? 0;
          return n ? count(n, { type: 'month', month: m.month, kind }) : count(0);
        }),
      ]),
  };
}

export function monthHoursTable(months: readonly MonthHours[]): DataTable {
  return {
    columns: [
      'Month',
      'Hours reported',
      'Lowest total (h)',
      'Highest total (h)',
      'Timed events',
      'Disputed',
      'Not timed',
    ],
    rows: months
      .filter((m) => m.timed + m.untimed > 0)
      .map((m) => [
        cell(formatMonthKey(m.month), m.month, { type: 'month', month: m.month }),
        cell(m.timed ? formatHours(m.low, m.high) : 'none reported'),
        cell(String(hours(m.low)), hours(m.low)),
        cell(String(hours(m.high)), hours(m.high)),
        count(m.timed),
        count(m.disputed),
        count(m.untimed),
      ]),
  };
}

function when(view: EventView): string {
  return formatDateRange(view.start, view.end, view.event.approximate);
}

/** YYYY-MM-DD of an event's first day (a month- or year-date's first day). */
function firstDay(view: EventView): string {
  return utcDayText(view.start.startMs);
}

/** `views`: the prepared events, row for row of the columns the intervals' rows point into. */
export function intervalTarget(
  pair: [string, string],
  interval: PairInterval,
  views: readonly EventView[],
): Target {
  return {
    type: 'pair',
    pair,
    after: firstDay(views[interval.from] as EventView),
    before: firstDay(views[interval.to] as EventView),
  };
}

export function intervalsTable(
  pair: [string, string],
  intervals: readonly PairInterval[],
  views: readonly EventView[],
): DataTable {
  return {
    columns: ['From', 'To', 'Days between', 'First event', 'Next event'],
    rows: intervals.map((interval) => {
      const from = views[interval.from] as EventView;
      const to = views[interval.to] as EventView;
      return [
        cell(when(from), from.start.text, intervalTarget(pair, interval, views)),
        cell(when(to), to.start.text),
        cell(
          `${interval.approximate ? 'about ' : ''}${interval.days.toLocaleString('en')}`,
          interval.days,
        ),
        cell(from.event.title),
        cell(to.event.title),
      ];
    }),
  };
}

/**
 * "3 h per Ushakov", or "4.5 h (TASS)" where the data names no one: the figure and who
 * reported it, else where it was published.
 */
export function reportedFigure(figure: Figure, sources: ReadonlyMap<string, Source>): string {
  if (figure.attribution) return `${formatFigureValue(figure)} per ${figure.attribution}`;
  const publishers = (figure.sources ?? []).map(
    (id) => sources.get(id)?.publisher ?? sources.get(id)?.title ?? id,
  );
  const where = publishers.length ? publishers.join('; ') : 'source not named';
  return `${formatFigureValue(figure)} (${where})`;
}

const reported = (figures: readonly Figure[], sources: ReadonlyMap<string, Source>) =>
  figures.map((f) => reportedFigure(f, sources));

export function timedTable(
  rows: readonly TimedEvent[],
  sources: ReadonlyMap<string, Source>,
): DataTable {
  return {
    columns: ['Event', 'Date', 'Duration', 'As reported'],
    rows: rows.map((row) => [
      cell(row.view.event.title, row.view.event.id, { type: 'event', id: row.view.event.id }),
      cell(when(row.view), row.view.start.text),
      cell(formatDuration(row)),
      cell(reported(row.figures, sources).join('\n'), reported(row.figures, sources).join(' · ')),
    ]),
  };
}

export function countsTable(
  heading: string,
  rows: readonly CountRow[],
  target: (row: CountRow) => Target,
): DataTable {
  return {
    columns: [heading, 'Events'],
    rows: rows.map((row) => [cell(row.label, row.key, target(row)), count(row.count)]),
  };
}

const BYTE_ORDER_MARK = '\ufeff';

/** The table as a CSV file (for spreadsheets: a byte-order mark, CRLF, formulas guarded). */
export function tableCsv(table: DataTable): string {
  const data = table.rows.map((row) =>
    row.map((c) =>
      typeof c.value === 'number' ? String(c.value) : guardCsvText(c.value ?? c.text),
    ),
  );
  return (
    BYTE_ORDER_MARK +
    Papa.unparse({ fields: table.columns.map(guardCsvText), data }, { newline: '\r\n' }) +
    '\r\n'
  );
}
