/**
 * Filters and facet counts over event columns, with the semantics of filters/filters.ts (a
 * property test holds them equal): a facet keeps events with any ticked value, facets combine,
 * every word of the search must appear (accent- and case-insensitive) in the event's text or in
 * the reader's note on it, a date range keeps events overlapping it, and "starred" keeps the
 * reader's stars. The answer is an index array into the columns, in time order.
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
  const all = counter(columns, facet, values);
  for (let i = 0; i < columns.count; i++) all.add(i);
  return { ...values, totals: all.counts };
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

/** One condition of a filter state: a test per event. */
type Test = (i: number) => boolean;

/** Whether event i has any of the facet's `wanted` values (flags by value code). */
function facetTest(columns: EventColumns, facet: Facet, wanted: readonly string[]): Test {
  const facetValuesOf = facetValues(columns, facet);
  const mask = new Uint8Array(facetValuesOf.values.values.length);
  for (const value of wanted) {
    const code = codeOf(facetValuesOf.values, value);
    if (code >= 0) mask[code] = 1;
  }
  const { fromCode } = facetValuesOf;
  if (facet === 'person') {
    const { offsets, codes } = columns.people;
    const unstated = facetValuesOf.unstated >= 0 && mask[facetValuesOf.unstated] === 1;
    return (i) => {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      if (from === to) return unstated;
      for (let j = from; j < to; j++) {
        if (mask[fromCode[codes[j] as number] as number] === 1) return true;
      }
      return false;
    };
  }
  const codes = SINGLE[facet](columns).codes;
  return (i) => mask[fromCode[codes[i] as number] as number] === 1;
}

/** Whether event i has every one of the `wanted` participants ("all of"). */
function allPeopleTest(columns: EventColumns, wanted: readonly string[]): Test {
  const { values, fromCode, unstated } = facetValues(columns, 'person');
  const codes = [...new Set(wanted.map((value) => codeOf(values, value)))];
  if (codes.includes(-1)) return () => false;
  const { offsets, codes: personCodes } = columns.people;
  return (i) => {
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (from === to) return codes.length === 1 && codes[0] === unstated;
    return codes.every((code) => {
      for (let j = from; j < to; j++) {
        if (fromCode[personCodes[j] as number] === code) return true;
      }
      return false;
    });
  };
}

/** Whether event i has any of the `wanted` tags. */
function tagTest(columns: EventColumns, wanted: readonly string[]): Test {
  const { table, offsets, codes } = columns.tags;
  const mask = new Uint8Array(table.values.length);
  for (const tag of wanted) {
    const code = codeOf(table, tag);
    if (code >= 0) mask[code] = 1;
  }
  return (i) => {
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      if (mask[codes[j] as number] === 1) return true;
    }
    return false;
  };
}

/** Flags by event: 1 where every word is in the event's text or in the reader's note on it. */
function searchHits(
  columns: EventColumns,
  words: readonly string[],
  marks?: UserMarks,
): Uint8Array {
  const n = columns.count;
  // The reader's notes, folded, by row: few, typed by hand, so found by one pass over the ids.
  const notes = new Map<number, string>();
  if (marks?.notes.size) {
    for (let i = 0; i < n; i++) {
      const text = marks.notes.get(columns.ids[i] as string)?.text;
      if (text) notes.set(i, fold(text));
    }
  }
  let all: Uint8Array | undefined;
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
 * The filter state's conditions other than the facets counted apart: "all of" participants
 * (which narrow the person facet's own counts too), tags, disagreement, stars, words, dates.
 */
function otherTests(columns: EventColumns, f: Filters, marks?: UserMarks): Test[] {
  const tests: Test[] = [];
  if (requiresAllPeople(f)) tests.push(allPeopleTest(columns, f.person));
  if (f.tag?.length) tests.push(tagTest(columns, f.tag));
  if (f.disagree) {
    const { flags } = columns;
    tests.push((i) => ((flags[i] as number) & SOURCES_DISAGREE) !== 0);
  }
  if (f.starred) {
    const starred = marks?.starred ?? new Set<string>();
    tests.push((i) => starred.has(columns.ids[i] as string));
  }
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  if (words.length) {
    const hits = searchHits(columns, words, marks);
    tests.push((i) => hits[i] === 1);
  }
  const after = f.after ? mustParseDate(f.after).startMs : -Infinity;
  const before = f.before ? mustParseDate(f.before).endMs : Infinity;
  if (after !== -Infinity || before !== Infinity) {
    const { startMs, endMs } = columns;
    tests.push((i) => !((endMs[i] as number) <= after || (startMs[i] as number) >= before));
  }
  return tests;
}

function allRows(count: number): Uint32Array {
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
  const tests = [
    ...countedFacets(f).map((facet) => facetTest(columns, facet, f[facet])),
    ...otherTests(columns, f, marks),
  ];
  const out = new Uint32Array(columns.count);
  let found = 0;
  rows: for (let i = 0; i < columns.count; i++) {
    for (const test of tests) if (!test(i)) continue rows;
    out[found++] = i;
  }
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
  const active = countedFacets(f);
  const facetTests = active.map((facet) => facetTest(columns, facet, f[facet]));
  const failedFacet = active.map((facet) => FACETS.indexOf(facet));
  const others = otherTests(columns, f, marks);
  const counters = FACETS.map((facet) => counter(columns, facet));
  rows: for (let i = 0; i < columns.count; i++) {
    for (const test of others) if (!test(i)) continue rows;
    let failed = -1;
    for (let t = 0; t < facetTests.length; t++) {
      if ((facetTests[t] as Test)(i)) continue;
      if (failed >= 0) continue rows; // fails two facets: counts nowhere
      failed = failedFacet[t] as number;
    }
    if (failed >= 0) (counters[failed] as Counter).add(i);
    else for (const c of counters) c.add(i);
  }
  const out = {} as Record<Facet, FacetOption[]>;
  FACETS.forEach((facet, k) => {
    const { values, labels, totals } = facetValues(columns, facet);
    const counts = (counters[k] as Counter).counts;
    out[facet] = values.values
      .map((value, code) => ({
        value,
        label: labels[code] as string,
        count: counts[code] as number,
        total: totals[code] as number,
      }))
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
      .map(({ value, label, count }) => ({ value, label, count }));
  });
  return out;
}

interface Counter {
  /** Events per value code. */
  readonly counts: Uint32Array;
  /** Counts event i's values (a person listed twice counts twice, as in filters.ts). */
  add(i: number): void;
}

function counter(
  columns: EventColumns,
  facet: Facet,
  { fromCode, unstated, labels }: Omit<FacetValues, 'totals'> = facetValues(columns, facet),
): Counter {
  const counts = new Uint32Array(labels.length);
  if (facet === 'person') {
    const { offsets, codes } = columns.people;
    return {
      counts,
      add(i) {
        const from = offsets[i] as number;
        const to = offsets[i + 1] as number;
        if (from === to) bump(counts, unstated);
        for (let j = from; j < to; j++) bump(counts, fromCode[codes[j] as number] as number);
      },
    };
  }
  const codes = SINGLE[facet](columns).codes;
  return {
    counts,
    add(i) {
      bump(counts, fromCode[codes[i] as number] as number);
    },
  };
}

function bump(counts: Uint32Array, code: number): void {
  counts[code] = (counts[code] as number) + 1;
}
