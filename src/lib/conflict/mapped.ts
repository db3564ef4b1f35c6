/**
 * Any event CSV, through a mapping of its columns to Parley's fields (chosen by the reader in the
 * import dialog, suggested from the column names, remembered per header): one row, one event.
 * Dates are read as conflict exports and sheets write them (./dates.ts), at the precision given
 * (a day, a month, a year), the day/month order of numeric dates decided from the whole column,
 * or asked.
 *
 * A row with no date at all (an intro row, "Click the arrow to start") is no event: it is left
 * out, and a warning names it — unless no row has a date, when each is a problem. A date that
 * cannot be read is always a problem, and nothing is imported. An end given as "Present" (or
 * "ongoing", "today") is no end date: the event has none, and a note keeps the words.
 */
import { normaliseHeader, readCsv, repeatedColumnProblems, rowLocator } from '../import/csv-table';
import type { Draft, DraftProblem } from '../import/types';
import {
  isOpenEnd,
  numericOrder,
  parseEventSpan,
  parseLooseDate,
  plainDateTexts,
  startsBefore,
  type DayMonthOrder,
} from './dates';
import { oneLine } from '../import/html-to-text';

/** The fields a column can be mapped to; `date` is required. */
export const MAPPED_FIELDS = [
  'date',
  'end',
  'title',
  'lane',
  'place',
  'lat',
  'lon',
  'count',
  'source',
  'id',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Field → the header cell of its column, as written. */
export type ColumnMapping = Partial<Record<MappedField, string>>;

export const FIELD_LABELS: Record<MappedField, string> = {
  date: 'Date (required)',
  end: 'End date',
  title: 'Title',
  lane: 'Lane (type, category)',
  place: 'Place',
  lat: 'Latitude',
  lon: 'Longitude',
  count: 'Count (fatalities)',
  source: 'Source',
  id: 'The source’s own id',
};

/**
 * Header names each field is guessed from, in order of preference, as `guessKey` writes them
 * ("Date of event" is `date_of_event`).
 */
const GUESSES: Record<MappedField, string[]> = {
  date: [
    'date',
    'event_date',
    'date_of_event',
    'main_date',
    'start_date',
    'date_start',
    'start',
    'begin_date',
    'when',
    'year',
    'day',
  ],
  // Not "from" and "to": in a sheet of letters or calls they name people, not dates.
  end: ['end', 'end_date', 'date_end', 'end_of_event', 'until', 'finish', 'end_year'],
  title: ['title', 'headline', 'name', 'event', 'description', 'notes'],
  lane: ['type', 'event_type', 'category', 'lane', 'group', 'kind'],
  place: ['place', 'location', 'city', 'town', 'admin1', 'region'],
  lat: ['lat', 'latitude', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x'],
  count: ['fatalities', 'deaths', 'killed', 'casualties', 'count', 'best'],
  source: ['source', 'sources', 'source_article', 'url'],
  id: ['id', 'event_id', 'event_id_cnty', 'uid'],
};

/** A header cell as the guesses name it: lower case, words joined by "_" ("Event Date" → event_date). */
function guessKey(cell: string): string {
  return normaliseHeader(cell)
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** Words that make a column with "date" in its name about the record, not the event. */
const NOT_THE_EVENT =
  /(?:^|_)(?:end|until|finish|update[ds]?|modified|created|added|accessed|retrieved|published|birth|death)(?:_|$)/;

/** A mapping guessed from the header's names; the reader checks and changes it. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const byName = new Map<string, string>();
  for (const cell of header) if (!byName.has(guessKey(cell))) byName.set(guessKey(cell), cell);
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    const cell = GUESSES[field].map((name) => byName.get(name)).find((c) => c && !used.has(c));
    if (cell) {
      mapping[field] = cell;
      used.add(cell);
    }
  }
  // No common name: the first column that says "date" and is not an end or the record's own.
  const dated = header.find((cell) => {
    const key = guessKey(cell);
    return !used.has(cell) && /(?:^|_)date(?:_|$)/.test(key) && !NOT_THE_EVENT.test(key);
  });
  if (!mapping.date && dated) mapping.date = dated;
  return mapping;
}

/** The key a mapping is remembered under: the header, as its columns' names. */
export function headerKey(header: readonly string[]): string {
  return header.map(normaliseHeader).join('\u241f');
}

export interface MappedDraft extends Draft {
  needsOrder?: { examples: string[] };
}

export function convertMappedCsv(
  text: string,
  mapping: ColumnMapping,
  order?: DayMonthOrder,
): MappedDraft {
  const table = readCsv(text);
  const problems: DraftProblem[] = [
    ...table.problems,
    ...repeatedColumnProblems(table, normaliseHeader),
  ];
  const warnings: string[] = [];
  const index = (field: MappedField) => {
    const cell = mapping[field];
    return cell === undefined ? -1 : table.header.indexOf(cell);
  };
  const eventRows: number[] = [];
  const locate = rowLocator(table, eventRows);
  const base = { format: 'event-csv' as const, problems, warnings, locate };
  if (index('date') === -1) {
    problems.push({
      where: 'columns',
      order: -1,
      message: 'choose the column that holds each event’s date',
    });
    return base;
  }
  const cell = (cells: readonly string[], field: MappedField) => {
    const i = index(field);
    const value = i === -1 ? undefined : cells[i]?.trim();
    return value === undefined || value === '' || value === 'NA' ? undefined : value;
  };
  const decided = order
    ? { order }
    : numericOrder(
        table.rows.flatMap(({ cells }) =>
          [cell(cells, 'date'), cell(cells, 'end')]
            .filter((v): v is string => v !== undefined)
            // A span's sides ("14/5/2020 – 16/5/2020") settle the order as single dates do, and
            // so does an approximate value ("c. 14/08/1853").
            .flatMap(plainDateTexts),
        ),
      );
  if (!decided.order && 'reason' in decided && decided.reason === 'undecided')
    return { ...base, needsOrder: { examples: decided.examples } };

  const events: Record<string, unknown>[] = [];
  const seen = new Map<string, number>();
  /** Rows with no date: left out, and named in a warning (or problems, if no row has one). */
  const undated: { row: number; index: number; title: string | undefined }[] = [];
  let openEnds = 0;
  /** Where each approximate row's words were ("“c. 1853” (column date)"), for the warning. */
  const approximate: string[] = [];
  table.rows.forEach(({ row, cells }, i) => {
    const where = (field: MappedField) => `row ${row}, column ${mapping[field]}`;
    const fail = (field: MappedField, message: string) =>
      problems.push({ where: where(field), order: i, message });
    const raw = cell(cells, 'date');
    if (raw === undefined) return void undated.push({ row, index: i, title: cell(cells, 'title') });
    // A cell may give a span ("1939–1945", "April-May 1945"): its end, unless the end column gives one.
    const span = parseEventSpan(raw, decided.order);
    if (!span.ok) return fail('date', span.reason);
    const endCell = cell(cells, 'end');
    // "1990 – present" in the date cell, or "Present" in the end column: no end date.
    const rawEnd = endCell ?? span.openEnd;
    const openEnd = rawEnd !== undefined && isOpenEnd(rawEnd);
    const end =
      endCell === undefined || openEnd ? undefined : parseLooseDate(endCell, decided.order);
    if (end && !end.ok) return fail('end', end.reason);
    const endDate = openEnd ? undefined : end?.ok ? end.date : span.end;
    // Never dropped: an end before the start is a problem at the column that gave it (the
    // validator's rule: the end's first instant before the start's).
    if (endDate !== undefined && startsBefore(endDate, span.start))
      return fail(
        end ? 'end' : 'date',
        `"${end ? endCell : raw}" ends before the start ${span.start}${
          span.start.startsWith(endDate)
            ? ': an end given as a month or a year counts from its first day'
            : ''
        }`,
      );
    const ended = endDate !== undefined && endDate !== span.start ? { end: endDate } : {};
    // "c. 1853", "1860?": read as 1853 and 1860, the event marked approximate, the words kept.
    const approximateIn = [
      ...(span.approximate ? [`“${raw}” (column ${mapping.date})`] : []),
      ...(end?.ok && end.approximate ? [`“${endCell}” (column ${mapping.end})`] : []),
    ];
    const ownId = cell(cells, 'id');
    const id = ownId ? `row-${ownId}` : `row-${row}`;
    const first = seen.get(id);
    if (first !== undefined)
      return fail('id', `${ownId} is already row ${first}: one event, one row`);
    seen.set(id, row);
    const laneCell = cell(cells, 'lane');
    const lane = laneCell === undefined ? undefined : oneLine(laneCell);
    const place = cell(cells, 'place');
    const lat = Number(cell(cells, 'lat')?.replace(',', '.'));
    const lon = Number(cell(cells, 'lon')?.replace(',', '.'));
    const located =
      Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    if ((cell(cells, 'lat') !== undefined || cell(cells, 'lon') !== undefined) && !located)
      return fail('lat', 'the latitude and longitude are not a place on the globe');
    const rawCount = cell(cells, 'count');
    const count =
      rawCount === undefined
        ? undefined
        : Number(rawCount.replace(/^(\d{1,3})(,\d{3})+$/, (m) => m.replace(/,/g, '')));
    if (rawCount !== undefined && !(Number.isInteger(count) && (count as number) >= 0))
      return fail('count', `"${rawCount}" is not a count (a whole number, 0 or more)`);
    const source = cell(cells, 'source');
    const notes = [
      ...(approximateIn.length
        ? [
            {
              topic: 'date',
              text: `The date is given as ${approximateIn.join(' to ')}: read as approximate.`,
            },
          ]
        : []),
      ...(openEnd
        ? [
            {
              topic: 'date',
              text: `The end is given as “${rawEnd}” (column ${endCell === undefined ? mapping.date : mapping.end}): no end date is set.`,
            },
          ]
        : []),
      ...(source ? [{ topic: 'other', text: `Reported by: ${source}` }] : []),
    ];
    if (openEnd) openEnds++;
    if (approximateIn.length) approximate.push(approximateIn[0] as string);
    const event: Record<string, unknown> = {
      id,
      title: oneLine(cell(cells, 'title') ?? [lane, place, raw].filter(Boolean).join(', ')),
      start: span.start,
      ...ended,
      ...(approximateIn.length ? { approximate: true } : {}),
      kind: 'other',
      ...(lane ? { track: lane } : {}),
      ...(place || located
        ? { location: { ...(place ? { city: place } : {}), ...(located ? { lat, lon } : {}) } }
        : {}),
      ...(count !== undefined
        ? {
            figures: [
              { measure: 'fatalities', unit: 'count', value: count, attribution: mapping.count },
            ],
          }
        : {}),
      ...(notes.length ? { notes } : {}),
      ...(ownId ? { sourceId: { dataset: 'event CSV', id: ownId } } : {}),
    };
    events.push(event);
    eventRows.push(i);
  });
  // "As in every row" only when it is so; otherwise other rows' problems block the import.
  if (undated.length && undated.length === table.rows.length)
    for (const left of undated)
      problems.push({
        where: `row ${left.row}, column ${mapping.date}`,
        order: left.index,
        message: 'is empty, as in every row: each event needs a date',
      });
  else if (undated.length) warnings.push(undatedWarning(undated, mapping.date as string));
  if (openEnds)
    warnings.push(
      `${plural(openEnds, 'row gives', 'rows give')} the end as “Present” or the like (column ${mapping.end}): imported with no end date, the words kept in a note.`,
    );
  if (approximate.length)
    warnings.push(
      `${plural(approximate.length, 'row gives', 'rows give')} an approximate date, such as ${approximate[0]}: read without those words and marked approximate, the words kept in a note.`,
    );
  return {
    ...base,
    chronology: { title: undefined, events },
  };
}

/** Rows listed by name in a warning; the rest are counted. */
const LISTED_ROWS = 10;
/** A row's title, as far as a warning quotes it. */
const QUOTED_TITLE = 60;

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * "2 rows have no date in column date and were left out (a row with no date is not an event):
 * row 2 (“Click the arrow to start”), row 9."
 */
function undatedWarning(
  undated: readonly { row: number; title: string | undefined }[],
  column: string,
): string {
  const named = undated.slice(0, LISTED_ROWS).map(({ row, title }) => {
    if (title === undefined) return `row ${row}`;
    const short = title.length > QUOTED_TITLE ? `${title.slice(0, QUOTED_TITLE - 1)}…` : title;
    return `row ${row} (“${short}”)`;
  });
  const more = undated.length - named.length;
  const rows = plural(undated.length, 'row has', 'rows have');
  const were = undated.length === 1 ? 'was' : 'were';
  return `${rows} no date in column ${column} and ${were} left out (a row with no date is not an event): ${named.join(', ')}${more ? `, and ${more.toLocaleString('en')} more` : ''}.`;
}
