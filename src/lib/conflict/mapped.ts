/**
 * Any event CSV, through a mapping of its columns to Parley's fields (chosen by the reader in the
 * import dialog, suggested from the column names, remembered per header): one row, one event.
 * Dates are read as conflict exports write them (./dates.ts), the day/month order of numeric
 * dates decided from the whole column, or asked.
 */
import { normaliseHeader, readCsv, repeatedColumnProblems, rowLocator } from '../import/csv-table';
import type { Draft, DraftProblem } from '../import/types';
import { numericOrder, parseEventDate, type DayMonthOrder } from './dates';

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

/** Header names each field is guessed from, in order of preference. */
const GUESSES: Record<MappedField, string[]> = {
  date: ['date', 'event_date', 'start', 'start_date', 'date_start', 'day'],
  end: ['end', 'end_date', 'date_end'],
  title: ['title', 'headline', 'name', 'event', 'description', 'notes'],
  lane: ['type', 'event_type', 'category', 'lane', 'group', 'kind'],
  place: ['place', 'location', 'city', 'town', 'admin1', 'region'],
  lat: ['lat', 'latitude', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x'],
  count: ['fatalities', 'deaths', 'killed', 'casualties', 'count', 'best'],
  source: ['source', 'sources', 'source_article', 'url'],
  id: ['id', 'event_id', 'event_id_cnty', 'uid'],
};

/** A mapping guessed from the header's names; the reader checks and changes it. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const byName = new Map(header.map((cell) => [normaliseHeader(cell), cell]));
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    const cell = GUESSES[field].map((name) => byName.get(name)).find((c) => c && !used.has(c));
    if (cell) {
      mapping[field] = cell;
      used.add(cell);
    }
  }
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
          [cell(cells, 'date'), cell(cells, 'end')].filter((v): v is string => v !== undefined),
        ),
      );
  if (!decided.order && 'reason' in decided && decided.reason === 'undecided')
    return { ...base, needsOrder: { examples: decided.examples } };

  const events: Record<string, unknown>[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach(({ row, cells }, i) => {
    const where = (field: MappedField) => `row ${row}, column ${mapping[field]}`;
    const fail = (field: MappedField, message: string) =>
      problems.push({ where: where(field), order: i, message });
    const raw = cell(cells, 'date');
    if (raw === undefined) return fail('date', 'is empty');
    const start = parseEventDate(raw, decided.order);
    if (!start.ok) return fail('date', start.reason);
    const rawEnd = cell(cells, 'end');
    const end = rawEnd === undefined ? undefined : parseEventDate(rawEnd, decided.order);
    if (end && !end.ok) return fail('end', end.reason);
    const ownId = cell(cells, 'id');
    const id = ownId ? `row-${ownId}` : `row-${row}`;
    const first = seen.get(id);
    if (first !== undefined)
      return fail('id', `${ownId} is already row ${first}: one event, one row`);
    seen.set(id, row);
    const lane = cell(cells, 'lane');
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
    const event: Record<string, unknown> = {
      id,
      title: cell(cells, 'title') ?? [lane, place, raw].filter(Boolean).join(', '),
      start: start.date,
      ...(end?.ok && end.date > start.date ? { end: end.date } : {}),
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
      ...(source ? { notes: [{ topic: 'other', text: `Reported by: ${source}` }] } : {}),
      ...(ownId ? { sourceId: { dataset: 'event CSV', id: ownId } } : {}),
    };
    events.push(event);
    eventRows.push(i);
  });
  return {
    ...base,
    chronology: { title: undefined, events },
  };
}
