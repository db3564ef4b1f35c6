/**
 * A UCDP GED or ACLED export (CSV) as a Parley dataset: one event per row, with the source's
 * own precision codes kept as Parley's precision and said in words, fatalities kept as figures
 * (GED's best estimate with its low–high range; ACLED's count), the place and how exactly it is
 * known, and the source's own id. Mapping, field by field, in data/README.md ("Conflict-event
 * datasets").
 *
 * Day/month order of numeric dates is decided from the whole date column (dates.ts); when it
 * cannot be, the import stops and asks (`needsOrder`), and is run again with the answer.
 */
import {
  type CsvTable,
  extraCellProblems,
  normaliseHeader,
  readCsv,
  repeatedColumnProblems,
  rowLocator,
} from '../import/csv-table';
import type { Draft, DraftProblem, ImportFormat } from '../import/types';
import {
  isNumericDate,
  numericOrder,
  parseEventDay,
  type DayMonthOrder,
  type OrderDecision,
} from './dates';
import {
  conflictLayout,
  importedFrom,
  LAYOUT_NAMES,
  rowReader,
  type ConflictLayout,
} from './layouts';

export interface ConflictOptions {
  /** The reader's answer when the date columns could not settle day/month order. */
  order?: DayMonthOrder;
  /** Called every few thousand rows, and at the end. */
  onProgress?: (done: number, total: number) => void;
}

/** How often progress is reported, in rows. */
const PROGRESS_EVERY = 2000;

/** The converter's answer: a draft, and whether the reader must choose the day/month order. */
export interface ConflictDraft extends Draft {
  needsOrder?: { examples: string[] };
}

const FORMAT: Record<ConflictLayout, ImportFormat> = {
  'ucdp-ged': 'ucdp-ged-csv',
  acled: 'acled-csv',
};

/** UCDP's type_of_violence codes. */
const GED_VIOLENCE: Record<string, string> = {
  '1': 'State-based conflict',
  '2': 'Non-state conflict',
  '3': 'One-sided violence',
};

/** UCDP's date_prec codes, in words. */
const GED_DATE_PRECISION: Record<string, string> = {
  '1': 'the exact day is known',
  '2': 'known to a span of 2–6 days',
  '3': 'known to the week',
  '4': 'known to the month',
  '5': 'known to the year',
};

/** UCDP's where_prec codes, in words. */
const GED_PLACE_PRECISION: Record<string, string> = {
  '1': 'the exact place',
  '2': 'within about 25 km of the place',
  '3': 'the second-order administrative division',
  '4': 'the first-order administrative division (region)',
  '5': 'a linear feature or larger area, such as a border',
  '6': 'the country only',
  '7': 'international waters or airspace',
};

/** ACLED's geo_precision codes, in words. */
const ACLED_PLACE_PRECISION: Record<string, string> = {
  '1': 'the town itself',
  '2': 'near the town, or a part of a region',
  '3': 'the region (a larger area)',
};

export function isConflictHeader(header: readonly string[]): boolean {
  return conflictLayout(header) !== undefined;
}

type NumberKind = 'count' | 'latitude' | 'longitude';

const NUMBER_WORDS: Record<NumberKind, string> = {
  count: 'a count (a whole number, 0 or more)',
  latitude: 'a latitude (degrees, -90 to 90)',
  longitude: 'a longitude (degrees, -180 to 180)',
};

/**
 * A cell as a number: a count may group thousands ("1,234"), a coordinate may use a decimal
 * comma ("50,45", as ";"-separated files do). `bad` when the cell holds something else.
 */
export function readNumber(text: string | undefined, kind: NumberKind): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  let clean = text.trim();
  if (kind === 'count' && /^\d{1,3}(,\d{3})+$/.test(clean)) clean = clean.replace(/,/g, '');
  if (kind !== 'count' && /^-?\d+,\d+$/.test(clean)) clean = clean.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return 'bad';
  const n = Number(clean);
  if (kind === 'count' && n < 0) return 'bad';
  if (kind !== 'count' && Math.abs(n) > (kind === 'latitude' ? 90 : 180)) return 'bad';
  return n;
}

/** The day/month order of a file's numeric dates, from `rows` (all, or the first streamed). */
export type OrderOutcome =
  | { order: DayMonthOrder | undefined; warning?: string }
  | { needsOrder: { examples: string[] } }
  | { problem: DraftProblem };

export function decideOrder(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  chosen?: DayMonthOrder,
  shownBy = '',
): OrderOutcome {
  if (chosen) return { order: chosen };
  const layout = conflictLayout(header) as ConflictLayout;
  const get = rowReader(header);
  const dateColumns = layout === 'ucdp-ged' ? ['date_start', 'date_end'] : ['event_date'];
  const values = function* () {
    for (const cells of rows)
      for (const column of dateColumns) {
        const value = get(cells, column);
        if (value !== undefined) yield value;
      }
  };
  const decided: OrderDecision = numericOrder(values());
  if (!decided.order && decided.reason === 'undecided')
    return { needsOrder: { examples: decided.examples } };
  if (!decided.order && decided.reason === 'both')
    return {
      problem: {
        where: `column ${dateColumns.join(', ')}`,
        order: -1,
        message: `the dates are written both day first (${decided.examples[0]}) and month first (${decided.examples[1]}): fix the column, and import again`,
      },
    };
  const order = decided.order;
  return order && 'settledBy' in decided && decided.settledBy
    ? {
        order,
        warning: `Numeric dates are read ${order === 'day-first' ? 'day first (14/08/2020 is 14 August)' : 'month first (1/22/2014 is 22 January)'}, as ${decided.settledBy} shows${shownBy}.`,
      }
    : { order };
}

export function convertConflictCsv(text: string, options: ConflictOptions = {}): ConflictDraft {
  return convertConflictTable(readCsv(text), options);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value of an API's answer as the CSV would write it: numbers as digits (never `1e-7`), null as
 * blank. ACLED's API gives every value as a string, UCDP's and newer ACLED versions numbers.
 */
function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const text = String(value);
    return /e/i.test(text) && Math.abs(value) < 1e21
      ? value.toFixed(20).replace(/\.?0+$/, '')
      : text;
  }
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * An API's rows as the table a CSV of the same rows would be: its columns the fields any row
 * has, in the order first met, each row's values as cells. A row that is not an object is a
 * problem named by its place (`Result[4]`).
 */
function apiTable(rows: readonly unknown[], names: RowNames): CsvTable {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    if (isRecord(row))
      for (const key of Object.keys(row))
        if (!seen.has(key)) {
          seen.add(key);
          header.push(key);
        }
  const problems: DraftProblem[] = [];
  const table: CsvTable = { header, headerRow: 0, rows: [], problems };
  rows.forEach((row, i) => {
    if (isRecord(row)) table.rows.push({ row: i, cells: header.map((key) => cellOf(row[key])) });
    else problems.push({ where: names.row(i), order: i, message: 'is not an event (an object)' });
  });
  return table;
}

/**
 * UCDP GED as its API serves it (`{ "TotalCount": …, "Result": [ … ] }`, or the rows saved
 * as a list): the same fields as the CSV's columns, typed. Read as the CSV is, row by row.
 */
export function convertGedJson(json: unknown, options: ConflictOptions = {}): ConflictDraft {
  const list = Array.isArray(json) ? json : isRecord(json) ? json['Result'] : undefined;
  const rows = Array.isArray(list) ? list : [];
  return convertConflictTable(apiTable(rows, API_ROWS), options, {
    format: 'ucdp-ged-json',
    names: API_ROWS,
    from: 'UCDP GED API (JSON)',
  });
}

/**
 * What ACLED's API said instead of data (`success: false`, or an `error` with no rows), or
 * undefined. An answer that succeeded with rows is read, whatever else it says.
 */
export function acledApiRefusal(answer: Record<string, unknown>, rows = 0): string | undefined {
  const success = answer['success'];
  const failed = success === false || success === 0 || success === '0' || success === 'false';
  const error = answer['error'];
  const errorSaid = !(error === undefined || error === null || error === '' || error === false);
  if (!failed && (rows > 0 || !errorSaid)) return undefined;
  const said = new Set<string>();
  const take = (value: unknown): void => {
    if (typeof value === 'string' && value.trim()) said.add(value.trim());
    else if (Array.isArray(value)) value.forEach(take);
    else if (isRecord(value)) {
      const text = value['message'] ?? value['error'] ?? value['detail'];
      if (text !== undefined) take(text);
      else said.add(JSON.stringify(value));
    }
  };
  take(error);
  take(answer['message']);
  take(answer['messages']);
  const status = answer['status'];
  const code =
    typeof status === 'number' || typeof status === 'string' ? ` (status ${status})` : '';
  const words = said.size
    ? `. ACLED said: “${[...said].join('; ')}”. Fix that, fetch the data again and import the new file`
    : ', and ACLED did not say why. Fetch the data again and import the new file';
  return `ACLED’s API refused the request${code}, so this file holds no events${words}`;
}

/**
 * ACLED as its API serves it (`{ "status": 200, "success": true, "count": …, "data": [ … ] }`,
 * or the `data` rows saved as a list): the same fields as the CSV export's columns, as strings
 * (numbers in newer versions). Read as the CSV is, row by row, by the same conversion.
 */
export function convertAcledJson(json: unknown, options: ConflictOptions = {}): ConflictDraft {
  const format: ImportFormat = 'acled-json';
  const names = Array.isArray(json) ? LIST_ROWS : ACLED_API_ROWS;
  const stop = (message: string): ConflictDraft => ({
    format,
    problems: [{ where: 'file', order: -1, message }],
    warnings: [],
    locate: () => ({ where: 'file', order: -1 }),
  });
  const list = Array.isArray(json) ? json : isRecord(json) ? json['data'] : undefined;
  const rows = Array.isArray(list) ? list : [];
  if (isRecord(json)) {
    const refused = acledApiRefusal(json, rows.length);
    if (refused) return stop(refused);
  }
  const table = apiTable(rows, names);
  if (conflictLayout(table.header) !== 'acled')
    return stop(
      rows.length === 0
        ? 'ACLED’s API answered with no events (`data` is empty): nothing to import. Check the query’s filters, and fetch the data again'
        : 'these rows lack the fields every ACLED event has (event_id_cnty, event_date, event_type, fatalities): fetch them again without leaving those out',
    );
  return convertConflictTable(table, options, { format, names, from: 'ACLED API (JSON)' });
}

function convertConflictTable(
  table: CsvTable,
  options: ConflictOptions,
  as?: { format: ImportFormat; names: RowNames; from: string },
): ConflictDraft {
  const layout = conflictLayout(table.header) as ConflictLayout;
  const format = as?.format ?? FORMAT[layout];
  const problems: DraftProblem[] = [
    ...table.problems,
    ...repeatedColumnProblems(table, normaliseHeader),
  ];
  const warnings: string[] = [];
  /** The table row each event came from: rows with problems make no event. */
  const eventRows: number[] = [];
  const locate = rowLocator(table, eventRows, as?.names.row);

  const decided = decideOrder(
    table.header,
    table.rows.map((r) => r.cells),
    options.order,
  );
  if ('needsOrder' in decided)
    return { format, problems, warnings, locate, needsOrder: decided.needsOrder };
  if ('problem' in decided) {
    problems.push(decided.problem);
    return { format, problems, warnings, locate };
  }
  const order = decided.order;
  if (decided.warning) warnings.push(decided.warning);

  const events: Record<string, unknown>[] = [];
  const rows = conflictRows(table.header, order, as?.names);
  table.rows.forEach(({ row, cells }, index) => {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(index, table.rows.length);
    const event = rows.convert(row, cells, index, problems);
    if (!event) return;
    events.push(event);
    eventRows.push(index);
  });
  options.onProgress?.(table.rows.length, table.rows.length);
  problems.push(...extraCellProblems(table));
  warnings.push(...rows.warnings());
  return {
    format,
    chronology: {
      title: undefined,
      description: importedFrom(as?.from ?? LAYOUT_NAMES[layout]),
      events,
    },
    problems,
    warnings,
    locate,
  };
}

/**
 * One row at a time, for a whole table (above) and for a file streamed in pieces
 * (stream-import.ts): the row's event, or undefined with its problems added. Remembers every id
 * it has seen, so a repeated id is a problem wherever it is in the file.
 */
export interface ConflictRows {
  layout: ConflictLayout;
  format: ImportFormat;
  convert(
    row: number,
    cells: readonly string[],
    index: number,
    problems: DraftProblem[],
  ): Record<string, unknown> | undefined;
  /** What the reader should know once every row is read. */
  warnings(): string[];
  /** Whether a row's dates are numbers (`14/08/2020`), whose day/month order must be known. */
  hasNumericDate(cells: readonly string[]): boolean;
  /** The order decided later (a streamed file whose first rows had no numeric date). */
  setOrder(order: DayMonthOrder | undefined): void;
}

/** How a row and a cell are named in messages: "row 12, column best", or "Result[10].best". */
export interface RowNames {
  row(row: number): string;
  cell(row: number, column: string): string;
}

export const CSV_ROWS: RowNames = {
  row: (row) => `row ${row}`,
  cell: (row, column) => `row ${row}, column ${column}`,
};

/** UCDP's API answers `{ "Result": [ … ] }`; a row is named by its place in that list. */
const API_ROWS: RowNames = {
  row: (row) => `Result[${row}]`,
  cell: (row, column) => `Result[${row}].${column}`,
};

/** ACLED's API answers `{ "data": [ … ] }`. */
const ACLED_API_ROWS: RowNames = {
  row: (row) => `data[${row}]`,
  cell: (row, column) => `data[${row}].${column}`,
};

/** Rows saved as a bare list: `[3].fatalities`. */
const LIST_ROWS: RowNames = {
  row: (row) => `[${row}]`,
  cell: (row, column) => `[${row}].${column}`,
};

export function conflictRows(
  header: readonly string[],
  order?: DayMonthOrder,
  names: RowNames = CSV_ROWS,
): ConflictRows {
  const layout = conflictLayout(header) as ConflictLayout;
  const get = rowReader(header);
  const idColumn = layout === 'ucdp-ged' ? 'id' : 'event_id_cnty';
  const dateColumns = layout === 'ucdp-ged' ? ['date_start', 'date_end'] : ['event_date'];
  const seen = new Map<string, number>();
  let blankFatalities = 0;
  return {
    layout,
    format: FORMAT[layout],
    hasNumericDate: (cells) =>
      dateColumns.some((column) => {
        const value = get(cells, column);
        return value !== undefined && isNumericDate(value);
      }),
    setOrder(next) {
      order = next;
    },
    convert(row, cells, index, problems) {
      const where = (column: string) => names.cell(row, column);
      const date = (column: string) => {
        const raw = get(cells, column);
        if (raw === undefined) {
          problems.push({
            where: where(column),
            order: index,
            message: 'is empty',
            field: 'start',
          });
          return undefined;
        }
        const parsed = parseEventDay(raw, order);
        if (!parsed.ok)
          problems.push({
            where: where(column),
            order: index,
            message: parsed.reason,
            field: 'start',
          });
        return parsed.ok ? parsed.date : undefined;
      };
      let bad = false;
      const num = (column: string, kind: NumberKind) => {
        const value = readNumber(get(cells, column), kind);
        if (value !== 'bad') return value;
        bad = true;
        problems.push({
          where: where(column),
          order: index,
          message: `"${get(cells, column)}" is not ${NUMBER_WORDS[kind]}`,
        });
        return undefined;
      };
      if (get(cells, idColumn) === undefined) {
        problems.push({
          where: where(idColumn),
          order: index,
          message: "is empty: every event needs the source's own id",
          field: 'id',
        });
        return undefined;
      }
      const event =
        layout === 'ucdp-ged' ? gedEvent(get, cells, date, num) : acledEvent(get, cells, date, num);
      if (!event || bad) return undefined;
      const id = event['id'] as string;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          where: where(idColumn),
          order: index,
          message: `${id} is already ${names.row(first)}: one event, one row`,
          field: 'id',
        });
        return undefined;
      }
      seen.set(id, row);
      if (!event['figures']) blankFatalities++;
      return event;
    },
    warnings: () =>
      blankFatalities
        ? [
            `${blankFatalities.toLocaleString('en')} events give no fatality figure: none is assumed.`,
          ]
        : [],
  };
}

type Get = (cells: readonly string[], name: string) => string | undefined;
type Num = (column: string, kind: NumberKind) => number | undefined;

function gedEvent(
  get: Get,
  cells: readonly string[],
  date: (column: string) => string | undefined,
  num: Num,
): Record<string, unknown> | undefined {
  const id = get(cells, 'id');
  const start = date('date_start');
  const endDay = date('date_end');
  if (!id || !start) return undefined;
  const precision = get(cells, 'date_prec') ?? '1';
  const violence = GED_VIOLENCE[get(cells, 'type_of_violence') ?? ''] ?? 'Organised violence';
  const sides = [get(cells, 'side_a'), get(cells, 'side_b')].filter(Boolean).join(' – ');
  const placeName = get(cells, 'where_coordinates') ?? get(cells, 'adm_1') ?? get(cells, 'country');
  const best = num('best', 'count');
  const low = num('low', 'count');
  const high = num('high', 'count');
  const event: Record<string, unknown> = {
    id: `ged-${id}`,
    title: [sides || violence, placeName].filter(Boolean).join(', '),
    ...datesAtPrecision(start, endDay, precision),
    kind: 'other',
    track: violence,
    tags: [violence],
    // The two sides, as the band's actor filter (and the people filter) find them.
    ...actors(get(cells, 'side_a'), get(cells, 'side_b')),
    location: place(
      get(cells, 'where_coordinates'),
      get(cells, 'adm_1'),
      get(cells, 'country'),
      num('latitude', 'latitude'),
      num('longitude', 'longitude'),
      GED_PLACE_PRECISION[get(cells, 'where_prec') ?? ''],
    ),
    sourceId: { dataset: 'UCDP GED', id },
  };
  const summary = get(cells, 'where_description');
  if (summary) event['summary'] = `Where: ${summary}.`;
  if (best !== undefined) {
    // Parley keeps one figure per estimate: the best, and beside it the low–high range.
    const range = low !== undefined && high !== undefined && (low !== best || high !== best);
    event['figures'] = [
      {
        measure: 'fatalities',
        unit: 'count',
        value: best,
        attribution: 'UCDP GED best estimate',
        preferred: true,
      },
      ...(range
        ? [
            {
              measure: 'fatalities',
              unit: 'count',
              min: low,
              max: high,
              attribution: 'UCDP GED low and high estimates',
            },
          ]
        : []),
    ];
  }
  event['notes'] = notesOf(
    `UCDP date precision ${precision}: ${GED_DATE_PRECISION[precision] ?? 'as coded'}.`,
    get(cells, 'source_article'),
  );
  return event;
}

function acledEvent(
  get: Get,
  cells: readonly string[],
  date: (column: string) => string | undefined,
  num: Num,
): Record<string, unknown> | undefined {
  const id = get(cells, 'event_id_cnty');
  const day = date('event_date');
  if (!id || !day) return undefined;
  const precision = get(cells, 'time_precision') ?? '1';
  const type = get(cells, 'event_type') ?? 'Event';
  const sub = get(cells, 'sub_event_type');
  const town = get(cells, 'location');
  const fatalities = num('fatalities', 'count');
  const event: Record<string, unknown> = {
    id: `acled-${id}`,
    title: [sub ?? type, town].filter(Boolean).join(', '),
    ...(precision === '3'
      ? { start: day.slice(0, 7) }
      : { start: day, ...(precision === '2' ? { approximate: true } : {}) }),
    kind: 'other',
    track: type,
    ...actors(get(cells, 'actor1'), get(cells, 'actor2')),
    tags: [sub, get(cells, 'disorder_type')].filter((t): t is string => Boolean(t)),
    location: place(
      town,
      get(cells, 'admin1'),
      get(cells, 'country'),
      num('latitude', 'latitude'),
      num('longitude', 'longitude'),
      ACLED_PLACE_PRECISION[get(cells, 'geo_precision') ?? ''],
    ),
    sourceId: { dataset: 'ACLED', id },
  };
  const summary = get(cells, 'notes');
  if (summary) event['summary'] = summary;
  if (fatalities !== undefined)
    event['figures'] = [
      {
        measure: 'fatalities',
        unit: 'count',
        value: fatalities,
        attribution: 'ACLED',
        preferred: true,
      },
    ];
  const precisionWords =
    precision === '2'
      ? 'ACLED time precision 2: the event happened within a week around this day.'
      : precision === '3'
        ? 'ACLED time precision 3: known to the month.'
        : undefined;
  // The actors are the event's participants (above), not a note.
  event['notes'] = notesOf(precisionWords, get(cells, 'source'));
  return event;
}

/**
 * GED's start and end at its precision. 1 is the day. Above 1 the event happened on some day
 * between `date_start` and `date_end`: a span, marked approximate — or, where the span is one
 * whole calendar month (4) or year (5), that month or year, which says the same more plainly.
 */
function datesAtPrecision(start: string, end: string | undefined, precision: string) {
  if (!end || end <= start) return { start };
  if (precision === '1') return { start, end };
  const wholeMonth =
    start.endsWith('-01') && end.slice(0, 7) === start.slice(0, 7) && isLastDay(end);
  const wholeYear = start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`;
  if (precision === '5' && wholeYear) return { start: start.slice(0, 4) };
  if ((precision === '4' || precision === '5') && wholeMonth) return { start: start.slice(0, 7) };
  return { start, end, approximate: true };
}

function isLastDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

function place(
  town: string | undefined,
  region: string | undefined,
  country: string | undefined,
  lat: number | undefined,
  lon: number | undefined,
  precision: string | undefined,
) {
  const located =
    lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return {
    ...(town ? { city: town } : {}),
    ...(region ? { region } : {}),
    ...(country ? { country } : {}),
    ...(located ? { lat, lon } : {}),
    ...(precision ? { note: `Located to ${precision}.` } : {}),
  };
}

/** An event's actors as its participants (plain names), when it names any. */
function actors(first: string | undefined, second: string | undefined) {
  const named = [first, second].filter((name): name is string => Boolean(name));
  return named.length ? { participants: named } : {};
}

function notesOf(precision: string | undefined, source: string | undefined, extra?: string) {
  const notes: { topic: string; text: string }[] = [];
  if (precision) notes.push({ topic: 'date', text: precision });
  if (source) notes.push({ topic: 'other', text: `Reported by: ${source}` });
  if (extra) notes.push({ topic: 'other', text: extra });
  return notes;
}
