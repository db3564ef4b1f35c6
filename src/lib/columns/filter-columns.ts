/**
 * Filters and facet counts over event columns, with the semantics of filters/filters.ts (a
 * property test holds them equal): a facet keeps events with any ticked value, facets combine,
 * every word of the search must appear (accent- and case-insensitive) in the event's text or in
 * the reader's note on it, a date range keeps events overlapping it, "starred" keeps the
 * reader's stars; participants may be required all at once, tags keep events with any ticked
 * tag, and "sources disagree" keeps disputed events. The answer is an index array into the
 * columns, in time order.
 */
import {
  FACETS,
  fold,
  isFiltering,
  requiresAllPeople,
  UNSTATED,
  type Facet,
  type FacetOption,
  type Filters,
  type UserMarks,
} from '../filters/filters';
import { kindLabel, statusLabel, trackLabel } from '../format/labels';
import { mustParseDate } from '../model/dates';
import type { Status } from '../model/types';
import { SOURCES_DISAGREE, type CodedColumn, type EventColumns } from './event-columns';
import { markEventsContaining } from './search-index';
import { codeOf, createStringTable, intern, type StringTable } from './string-table';

/**
 * A facet's values as the filter panel lists them, in the order first seen (which breaks ties
 * between equal counts and labels, as in filters.ts), and how each event's column codes map
 * to them. Built per facet on first use and kept with the columns.
 */
interface FacetValues {
  readonly values: StringTable;
  readonly labels: readonly string[];
  /** Column code → facet value code (for person: person code → value code). */
  readonly fromCode: Int32Array;
  /** The value code of "not stated" for an event without participants (person only), or -1. */
  readonly unstated: number;
  /** Events per value code in the whole dataset: the panel's order, which filtering keeps. */
  readonly totals: Uint32Array;
}

const SINGLE: Record<Exclude<Facet, 'person'>, (c: EventColumns) => CodedColumn> = {
  kind: (c) => c.kind,
  track: (c) => c.track,
  status: (c) => c.status,
  place: (c) => c.place,
};

const LABEL: Record<Facet, (value: string, columns: EventColumns, code: number) => string> = {
  kind: (value) => kindLabel(value) ?? '',
  track: (value) => trackLabel(value) ?? '',
  status: (value) => statusLabel(value as Status) ?? '',
  place: (value) => value,
  person: (_value, columns, code) => columns.personNames[code] ?? '',
};

const cache = new WeakMap<EventColumns, Partial<Record<Facet, FacetValues>>>();

function facetValues(columns: EventColumns, facet: Facet): FacetValues {
  let byFacet = cache.get(columns);
  if (!byFacet) cache.set(columns, (byFacet = {}));
  return (byFacet[facet] ??= withTotals(columns, facet, buildFacetValues(columns, facet)));
}

function withTotals(
  columns: EventColumns,
  facet: Facet,
  values: Omit<FacetValues, 'totals'>,
): FacetValues {
  return { ...values, totals: countValues(columns, facet, () => true, values) };
}

function buildFacetValues(columns: EventColumns, facet: Facet): Omit<FacetValues, 'totals'> {
  const values = createStringTable();
  const labels: string[] = [];
  const add = (value: string, code: number): number => {
    const before = values.values.length;
    const valueCode = intern(values, value);
    if (valueCode === before) {
      labels.push(value === UNSTATED ? 'Not stated' : LABEL[facet](value, columns, code));
    }
    return valueCode;
  };
  if (facet === 'person') {
    const { offsets, codes, table } = columns.people;
    const fromCode = new Int32Array(table.values.length).fill(-1);
    let unstated = -1;
    for (let i = 0; i < columns.count; i++) {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      if (from === to && unstated < 0) unstated = add(UNSTATED, -1);
      for (let j = from; j < to; j++) {
        const code = codes[j] as number;
        if ((fromCode[code] as number) < 0)
          fromCode[code] = add(table.values[code] as string, code);
      }
    }
    return { values, labels, fromCode, unstated };
  }
  const column = SINGLE[facet](columns);
  const fromCode = new Int32Array(column.table.values.length + 1).fill(-1);
  for (let i = 0; i < columns.count; i++) {
    const code = column.codes[i] as number;
    if ((fromCode[code] as number) < 0) {
      const value = code === 0 ? UNSTATED : (column.table.values[code - 1] as string);
      fromCode[code] = add(value, code - 1);
    }
  }
  return { values, labels, fromCode, unstated: -1 };
}

/**
 * One condition of a filter state, answered for every event at once: 1 where the event meets
 * it. A condition is a tight loop over typed arrays; the selection and the counts then combine
 * a few of these arrays, instead of calling a test per event and condition.
 */
type Pass = Uint8Array;

/** Where event i has any of the facet's `wanted` values. */
function facetPass(columns: EventColumns, facet: Facet, wanted: readonly string[]): Pass {
  const facetValuesOf = facetValues(columns, facet);
  const mask = new Uint8Array(facetValuesOf.values.values.length);
  for (const value of wanted) {
    const code = codeOf(facetValuesOf.values, value);
    if (code >= 0) mask[code] = 1;
  }
  const { fromCode } = facetValuesOf;
  const n = columns.count;
  const pass = new Uint8Array(n);
  if (facet === 'person') {
    const { offsets, codes } = columns.people;
    const unstated = facetValuesOf.unstated >= 0 ? (mask[facetValuesOf.unstated] as number) : 0;
    for (let i = 0; i < n; i++) {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      if (from === to) {
        pass[i] = unstated;
        continue;
      }
      for (let j = from; j < to; j++) {
        if (mask[fromCode[codes[j] as number] as number] === 1) {
          pass[i] = 1;
          break;
        }
      }
    }
    return pass;
  }
  // Column code → 1 where its facet value is wanted: one lookup per event.
  const wantedCode = new Uint8Array(fromCode.length);
  for (let code = 0; code < fromCode.length; code++) {
    const value = fromCode[code] as number;
    if (value >= 0) wantedCode[code] = mask[value] as number;
  }
  const codes = SINGLE[facet](columns).codes;
  for (let i = 0; i < n; i++) pass[i] = wantedCode[codes[i] as number] as number;
  return pass;
}

/** Where event i has every one of the `wanted` participants ("all of"). */
function allPeoplePass(columns: EventColumns, wanted: readonly string[]): Pass {
  const { values, fromCode, unstated } = facetValues(columns, 'person');
  const codes = [...new Set(wanted.map((value) => codeOf(values, value)))];
  const n = columns.count;
  const pass = new Uint8Array(n);
  if (codes.includes(-1)) return pass;
  const { offsets, codes: personCodes } = columns.people;
  for (let i = 0; i < n; i++) {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (from === to) {
      pass[i] = codes.length === 1 && codes[0] === unstated ? 1 : 0;
      continue;
    }
    let all = 1;
    for (const code of codes) {
      let found = false;
      for (let j = from; j < to && !found; j++) found = fromCode[personCodes[j] as number] === code;
      if (!found) {
        all = 0;
        break;
      }
    }
    pass[i] = all;
  }
  return pass;
}

/** Where event i has any of the `wanted` tags. */
function tagPass(columns: EventColumns, wanted: readonly string[]): Pass {
  const { table, offsets, codes } = columns.tags;
  const mask = new Uint8Array(table.values.length);
  for (const tag of wanted) {
    const code = codeOf(table, tag);
    if (code >= 0) mask[code] = 1;
  }
  const n = columns.count;
  const pass = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const to = offsets[i + 1] as number;
    for (let j = offsets[i] as number; j < to; j++) {
      if (mask[codes[j] as number] === 1) {
        pass[i] = 1;
        break;
      }
    }
  }
  return pass;
}

/**
 * The last search's answer per columns: a filter change asks it twice (the selection, then the
 * facet counts under the same words), and a search is the costliest condition there is.
 */
const lastSearch = new WeakMap<
  EventColumns,
  { words: string; notes: UserMarks['notes'] | undefined; hits: Pass }
>();

/** Where every word is in the event's text or in the reader's note on it. */
function searchPass(columns: EventColumns, words: readonly string[], marks?: UserMarks): Pass {
  const key = words.join(' ');
  const last = lastSearch.get(columns);
  if (last && last.words === key && last.notes === marks?.notes) return last.hits;
  const hits = findWords(columns, words, marks);
  lastSearch.set(columns, { words: key, notes: marks?.notes, hits });
  return hits;
}

function findWords(columns: EventColumns, words: readonly string[], marks?: UserMarks): Pass {
  const n = columns.count;
  // The reader's notes, folded, by row: few, typed by hand, so found by one pass over the ids.
  const notes = new Map<number, string>();
  if (marks?.notes.size) {
    for (let i = 0; i < n; i++) {
      const text = marks.notes.get(columns.ids[i] as string)?.text;
      if (text) notes.set(i, fold(text));
    }
  }
  let all: Pass | undefined;
  for (const word of words) {
    const hits = new Uint8Array(n);
    markEventsContaining(columns.search, word, hits);
    for (const [i, note] of notes) if (note.includes(word)) hits[i] = 1;
    if (all) for (let i = 0; i < n; i++) all[i] = (all[i] as number) & (hits[i] as number);
    else all = hits;
  }
  return all ?? new Uint8Array(n).fill(1);
}

/**
 * The filter state's conditions other than the facets counted apart, combined: "all of"
 * participants (which narrow the person facet's own counts too), tags, disagreement, stars,
 * words, dates.
 */
function otherConditions(columns: EventColumns, f: Filters, marks?: UserMarks): Pass | null {
  const n = columns.count;
  const passes: Pass[] = [];
  if (requiresAllPeople(f)) passes.push(allPeoplePass(columns, f.person));
  if (f.tag?.length) passes.push(tagPass(columns, f.tag));
  if (f.disagree) {
    const { flags } = columns;
    const pass = new Uint8Array(n);
    for (let i = 0; i < n; i++) pass[i] = (flags[i] as number) & SOURCES_DISAGREE ? 1 : 0;
    passes.push(pass);
  }
  if (f.starred) {
    const starred = marks?.starred ?? new Set<string>();
    const pass = new Uint8Array(n);
    if (starred.size)
      for (let i = 0; i < n; i++) if (starred.has(columns.ids[i] as string)) pass[i] = 1;
    passes.push(pass);
  }
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  if (words.length) passes.push(searchPass(columns, words, marks));
  const after = f.after ? mustParseDate(f.after).startMs : -Infinity;
  const before = f.before ? mustParseDate(f.before).endMs : Infinity;
  if (after !== -Infinity || before !== Infinity) {
    const { startMs, endMs } = columns;
    const pass = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      pass[i] = (endMs[i] as number) <= after || (startMs[i] as number) >= before ? 0 : 1;
    }
    passes.push(pass);
  }
  return both(passes);
}

/** Where every pass holds (a new array: passes may be cached), or null for no passes. */
function both(passes: readonly Pass[]): Pass | null {
  const [first, ...rest] = passes;
  if (!first) return null;
  const all = first.slice();
  for (const pass of rest) {
    for (let i = 0; i < all.length; i++) all[i] = (all[i] as number) & (pass[i] as number);
  }
  return all;
}

/** Rows 0 … count − 1: every event. */
/**
 * The rows of `rows` (time-ordered) whose events overlap [from, to); `rows` itself when there
 * is no range. The columns' version of ../timeline/selection.ts `eventsInRange`.
 */
export function rowsInRange(
  columns: EventColumns,
  rows: Uint32Array,
  from?: number,
  to?: number,
): Uint32Array {
  if (from === undefined || to === undefined) return rows;
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    // Rows are in start order: none after the first that starts at or after `to`.
    if ((columns.startMs[row] as number) >= to) break;
    if ((columns.endMs[row] as number) > from) out.push(row);
  }
  return Uint32Array.from(out);
}

export function allRows(count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = i;
  return out;
}

/**
 * The rows matching every filter, in time order. `marks` serve the starred filter and the
 * search of notes; without them no event is starred and no note is searched.
 */
export function filterColumns(columns: EventColumns, f: Filters, marks?: UserMarks): Uint32Array {
  if (!isFiltering(f)) return allRows(columns.count);
  const facetPasses = countedFacets(f).map((facet) => facetPass(columns, facet, f[facet]));
  const others = otherConditions(columns, f, marks);
  const pass = both(others ? [others, ...facetPasses] : facetPasses);
  if (!pass) return allRows(columns.count);
  const out = new Uint32Array(columns.count);
  let found = 0;
  for (let i = 0; i < pass.length; i++) if (pass[i] === 1) out[found++] = i;
  return out.slice(0, found);
}

/** The ticked facets counted apart: all but the person facet when it requires "all of". */
function countedFacets(f: Filters): Facet[] {
  const allPeople = requiresAllPeople(f);
  return FACETS.filter((facet) => f[facet].length > 0 && !(facet === 'person' && allPeople));
}

/**
 * Counts per facet value, each facet counted under all the *other* filters, as facetCounts in
 * filters.ts. One pass: an event failing no condition counts in every facet; an event failing
 * only one facet's condition counts in that facet alone.
 */
export function facetCountsOfColumns(
  columns: EventColumns,
  f: Filters,
  marks?: UserMarks,
): Record<Facet, FacetOption[]> {
  const n = columns.count;
  const others = otherConditions(columns, f, marks);
  // How many facet conditions each event fails, and (when one) which facet.
  const failures = new Uint8Array(n);
  const failedFacet = new Uint8Array(n);
  const counted = countedFacets(f);
  FACETS.forEach((facet, k) => {
    if (!counted.includes(facet)) return;
    const pass = facetPass(columns, facet, f[facet]);
    for (let i = 0; i < n; i++) {
      if (pass[i] === 0) {
        failures[i] = (failures[i] as number) + 1;
        failedFacet[i] = k;
      }
    }
  });
  // Event i counts in facet k when it meets the other conditions and fails no facet but k's.
  const counts = FACETS.map((facet, k) =>
    countValues(columns, facet, (i) =>
      others && others[i] === 0
        ? false
        : failures[i] === 0 || (failures[i] === 1 && failedFacet[i] === k),
    ),
  );
  const out = {} as Record<Facet, FacetOption[]>;
  FACETS.forEach((facet, k) => {
    const { values, labels, totals } = facetValues(columns, facet);
    const inFacet = counts[k] as Uint32Array;
    // Ordered by the whole dataset's counts, so values do not move under the cursor.
    out[facet] = values.values
      .map((value, code) => ({
        value,
        label: labels[code] as string,
        count: inFacet[code] as number,
        total: totals[code] as number,
      }))
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
      .map(({ value, label, count }) => ({ value, label, count }));
  });
  return out;
}

/**
 * Events per facet value code, over the events `counted(i)` lets in (a person listed twice
 * counts twice, as in filters.ts).
 */
function countValues(
  columns: EventColumns,
  facet: Facet,
  counted: (i: number) => boolean,
  { fromCode, unstated, labels }: Omit<FacetValues, 'totals'> = facetValues(columns, facet),
): Uint32Array {
  const counts = new Uint32Array(labels.length);
  const n = columns.count;
  if (facet === 'person') {
    const { offsets, codes } = columns.people;
    for (let i = 0; i < n; i++) {
      if (!counted(i)) continue;
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      if (from === to) bump(counts, unstated);
      for (let j = from; j < to; j++) bump(counts, fromCode[codes[j] as number] as number);
    }
    return counts;
  }
  const codes = SINGLE[facet](columns).codes;
  for (let i = 0; i < n; i++) if (counted(i)) bump(counts, fromCode[codes[i] as number] as number);
  return counts;
}

function bump(counts: Uint32Array, code: number): void {
  counts[code] = (counts[code] as number) + 1;
}
