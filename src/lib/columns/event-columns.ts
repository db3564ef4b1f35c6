/**
 * Events as columns: what drawing, filtering and counting read, one typed array per field
 * instead of one object per event. Row i of every column is the i-th prepared event (time
 * order: start, end, id), so an index array (Uint32Array) is a selection of events that costs
 * 4 bytes an event. Full event objects — summaries, sources, figures — are for the list and the
 * detail, which show a few at a time.
 *
 * Strings that repeat (kinds, tracks, statuses, places, countries, people, tags) are codes into
 * string tables; a coded column stores code + 1, so that 0 can stand for "not given".
 */
import { eventSearchText } from '../filters/filters';
import type { PartialDate, Precision } from '../model/dates';
import {
  resolveParticipant,
  type FullEventView as EventView,
  type InMemoryChronology as PreparedChronology,
} from '../model/prepare';
import { durationRange } from '../numbers/durations';
import { buildSearchIndex, type SearchIndex } from './search-index';
import {
  createStringTable,
  intern,
  narrowCodes,
  type CodeArray,
  type StringTable,
} from './string-table';

/** A field with few distinct values: code 0 is "not given", code c is `table.values[c - 1]`. */
export interface CodedColumn {
  readonly table: StringTable;
  readonly codes: CodeArray;
}

/**
 * A field with a list per event, in compressed sparse rows: event i's entries are
 * `codes[offsets[i]]` up to (not including) `codes[offsets[i + 1]]`, each an index into `table`
 * (no "+ 1" here: an empty list is an empty row).
 */
export interface ListColumn {
  readonly table: StringTable;
  readonly offsets: Uint32Array;
  readonly codes: CodeArray;
}

/** Precision codes: `PRECISIONS[startPrecision[i]]`; endPrecision is 0 without an end, else code + 1. */
export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute', 'second'];

/** `startMonth` of an event known only to its year: it belongs to no month. */
export const NO_MONTH = -0x80000000;

const DAY_MS = 86_400_000;

/** Bits of `flags`. */
export const HAS_END = 1;
export const APPROXIMATE = 2;
/** The event's sources disagree (model/disagreement.ts): a filter, and a cue on the mark. */
export const SOURCES_DISAGREE = 4;

export interface EventColumns {
  readonly count: number;
  /** Event ids: how the reader's stars and notes, and IndexedDB, name an event. */
  readonly ids: readonly string[];
  /** Titles: the chart labels the events in view at every frame, so they stay at hand. */
  readonly titles: readonly string[];
  /** Span on the axis, in ms: start of the start date, exclusive end of the end date (or of the start date). */
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  readonly startPrecision: Uint8Array;
  readonly endPrecision: Uint8Array;
  /** HAS_END, APPROXIMATE, SOURCES_DISAGREE. */
  readonly flags: Uint8Array;
  /**
   * The start's month on the calendar it was written in (a meeting at 01:00 in Moscow on
   * 1 April is an April meeting, whatever the UTC instant), as year × 12 + month − 1; NO_MONTH
   * for a date known only to the year. What the numbers count per month.
   */
  readonly startMonth: Int32Array;
  /**
   * The start's day on the calendar it was written in, as days since 1970-01-01 (the UTC day
   * of `startMs` for a date known only to the month or year): the numbers' days between meetings.
   */
  readonly startDay: Int32Array;
  /**
   * The shortest and longest duration the event's figures report, in hours (see
   * numbers/durations.ts); NaN for an event nobody timed. The figures themselves, and who
   * reported them, stay in the record.
   */
  readonly durationLow: Float64Array;
  readonly durationHigh: Float64Array;
  readonly kind: CodedColumn;
  readonly track: CodedColumn;
  readonly status: CodedColumn;
  /** The place as the filters and lanes name it: the city, else the country. */
  readonly place: CodedColumn;
  readonly country: CodedColumn;
  /**
   * Where the event took place on the map, as "lon,lat" (d3-geo's order): both numbers given,
   * finite and inside the globe's ranges; not given otherwise.
   */
  readonly position: CodedColumn;
  /** Participants, by person key: the registry id, or the plain name the data gave. */
  readonly people: ListColumn;
  /** Display name of each person key, parallel to `people.table.values`. */
  readonly personNames: readonly string[];
  /** Side of each person key (the registry's `side`: US, RU, MED…), parallel to `personNames`. */
  readonly personSides: readonly (string | undefined)[];
  readonly tags: ListColumn;
  /**
   * The packed search text, built the first time it is read (a search, or the app's idle time
   * after the first draw): it is the costliest column to make, and a reader may never search.
   */
  readonly search: SearchIndex;
}

const PRECISION_CODE = new Map(PRECISIONS.map((p, i) => [p, i]));

function codedColumn(count: number): {
  table: StringTable;
  codes: Uint32Array;
  set: (i: number, value: string | undefined) => void;
  done: () => CodedColumn;
} {
  const table = createStringTable();
  const codes = new Uint32Array(count);
  return {
    table,
    codes,
    set: (i, value) => {
      codes[i] = value === undefined ? 0 : intern(table, value) + 1;
    },
    done: () => ({ table, codes: narrowCodes(codes, table.values.length + 1) }),
  };
}

/** "lon,lat" when both are finite numbers inside the globe's ranges; else undefined. */
function positionOf(lat: unknown, lon: unknown): string | undefined {
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  return `${lon},${lat}`;
}

/** Days since 1970-01-01 of the day `date` names (its first day when it names a month or year). */
function dayNumber(date: PartialDate): number {
  // Deep time (billions of years ago) is further back than an Int32 of days reaches: clamped,
  // as nothing counts days between such events.
  if (date.day === undefined || date.month === undefined)
    return Math.max(-0x7fffffff, Math.floor(date.startMs / DAY_MS));
  const day = new Date(0);
  day.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.floor(day.getTime() / DAY_MS);
}

function listColumn(count: number): {
  table: StringTable;
  add: (value: string) => number;
  endRow: (i: number) => void;
  done: () => ListColumn;
} {
  const table = createStringTable();
  const offsets = new Uint32Array(count + 1);
  let codes: number[] = [];
  return {
    table,
    add: (value) => {
      const code = intern(table, value);
      codes.push(code);
      return code;
    },
    endRow: (i) => {
      offsets[i + 1] = codes.length;
    },
    done: () => {
      const packed = narrowCodes(codes, table.values.length);
      codes = [];
      return { table, offsets, codes: packed };
    },
  };
}

/**
 * The columns of a prepared chronology, in one pass over its events. The prepared views' lazy
 * participants are not resolved (and so not cached on the views). The columns keep a reference
 * to `prepared` only to build the search text when it is first read.
 */
export function buildEventColumns(prepared: PreparedChronology): EventColumns {
  const views = prepared.events;
  const count = views.length;
  const ids: string[] = new Array(count);
  const titles: string[] = new Array(count);
  const startMs = new Float64Array(count);
  const endMs = new Float64Array(count);
  const startPrecision = new Uint8Array(count);
  const endPrecision = new Uint8Array(count);
  const flags = new Uint8Array(count);
  const startMonth = new Int32Array(count);
  const startDay = new Int32Array(count);
  const durationLow = new Float64Array(count);
  const durationHigh = new Float64Array(count);
  const kind = codedColumn(count);
  const track = codedColumn(count);
  const status = codedColumn(count);
  const place = codedColumn(count);
  const country = codedColumn(count);
  const position = codedColumn(count);
  const people = listColumn(count);
  const personNames: string[] = [];
  const personSides: (string | undefined)[] = [];
  const tags = listColumn(count);

  for (let i = 0; i < count; i++) {
    const view = views[i] as EventView;
    const event = view.event;
    ids[i] = event.id;
    titles[i] = event.title;
    startMs[i] = view.start.startMs;
    endMs[i] = view.end ? view.end.endMs : view.start.endMs;
    startPrecision[i] = PRECISION_CODE.get(view.start.precision) ?? 0;
    endPrecision[i] = view.end ? (PRECISION_CODE.get(view.end.precision) ?? 0) + 1 : 0;
    flags[i] =
      (view.end ? HAS_END : 0) |
      (event.approximate ? APPROXIMATE : 0) |
      (view.disagrees ? SOURCES_DISAGREE : 0);
    const start = view.start;
    startMonth[i] = start.month === undefined ? NO_MONTH : start.year * 12 + start.month - 1;
    startDay[i] = dayNumber(start);
    const duration = durationRange(event);
    durationLow[i] = duration ? duration.low : NaN;
    durationHigh[i] = duration ? duration.high : NaN;
    kind.set(i, event.kind);
    track.set(i, event.track);
    status.set(i, event.status);
    place.set(i, event.location?.city ?? event.location?.country);
    country.set(i, event.location?.country);
    position.set(i, positionOf(event.location?.lat, event.location?.lon));
    for (const entry of event.participants ?? []) {
      const participant = resolveParticipant(entry, prepared.people);
      const code = people.add(participant.person?.id ?? participant.name);
      if (personNames[code] === undefined) {
        personNames[code] = participant.name;
        personSides[code] = participant.person?.side;
      }
    }
    people.endRow(i);
    for (const tag of event.tags ?? []) tags.add(tag);
    tags.endRow(i);
  }

  let search: SearchIndex | undefined;
  return {
    count,
    ids,
    titles,
    startMs,
    endMs,
    startPrecision,
    endPrecision,
    flags,
    startMonth,
    startDay,
    durationLow,
    durationHigh,
    kind: kind.done(),
    track: track.done(),
    status: status.done(),
    place: place.done(),
    country: country.done(),
    position: position.done(),
    people: people.done(),
    personNames,
    personSides,
    tags: tags.done(),
    get search() {
      return (search ??= buildSearchIndex(count, (i) => searchTextOf(prepared, i)));
    },
  };
}

/** What a search looks in for prepared event i (see `eventSearchText`). */
function searchTextOf(prepared: PreparedChronology, i: number): string {
  const event = (prepared.events[i] as EventView).event;
  // Resolved here rather than read from the view, which would cache them on every view.
  const names = (event.participants ?? []).map(
    (entry) => resolveParticipant(entry, prepared.people).name,
  );
  return eventSearchText(event, names);
}

/** The value of a coded column at row i, or undefined when the event does not give it. */
export function valueAt(column: CodedColumn, i: number): string | undefined {
  const code = column.codes[i] as number;
  return code === 0 ? undefined : column.table.values[code - 1];
}

/** Whether the event's start or end is known only to the month or the year. */
export function isCoarse(columns: EventColumns, i: number): boolean {
  const start = columns.startPrecision[i] as number;
  const end = columns.endPrecision[i] as number;
  // year = 0, month = 1; endPrecision is shifted by one, with 0 for "no end".
  return start <= 1 || end === 1 || end === 2;
}

/** "2025-04" for a `startMonth` value (year × 12 + month − 1). */
export function monthKeyOf(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String(month - year * 12 + 1).padStart(2, '0')}`;
}
