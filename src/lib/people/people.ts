/**
 * Who took part, with whom and how often, read from the events as columns (../columns/): a
 * person is a key of the participants' column, the registry id or the plain name the data
 * gave. Pure: columns and a selection of rows in, counts and the rows behind each out, so
 * every number on the people views can be followed to its events.
 */
import { valueAt, type CodedColumn, type EventColumns } from '../columns/event-columns';
import type { CodeArray } from '../columns/string-table';
import type { Filters } from '../filters/filters';

/** A value and how many of the selected events have it, most first (then by name). */
export interface Count {
  value: string;
  count: number;
}

export interface Partner {
  /** The partner's person key (registry id, or plain name). */
  key: string;
  name: string;
  /** Rows of the events the two shared, in time order. */
  rows: number[];
}

export interface PersonSummary {
  key: string;
  name: string;
  /** Rows of the selected events this person took part in, in time order. */
  rows: number[];
  byKind: Count[];
  byTrack: Count[];
  /** The people met most often, most first. */
  partners: Partner[];
}

export interface Pair {
  a: string;
  b: string;
  /** How many selected events the two shared. */
  count: number;
}

/** The person's code in the participants' table, or -1 when nobody has that key. */
function codeOf(columns: EventColumns, key: string): number {
  return columns.people.table.values.indexOf(key);
}

function participantsOf(columns: EventColumns, row: number): CodeArray {
  const { offsets, codes } = columns.people;
  return codes.subarray(offsets[row] as number, offsets[row + 1] as number);
}

function countsOf(column: CodedColumn, rows: readonly number[]): Count[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = valueAt(column, row);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return sortCounts([...counts].map(([value, count]) => ({ value, count })));
}

function sortCounts(counts: Count[]): Count[] {
  return counts.sort((x, y) => y.count - x.count || x.value.localeCompare(y.value, 'en'));
}

/** Everything the person view shows, over `rows` (the selection); null for an unknown key. */
export function personSummary(
  columns: EventColumns,
  rows: ArrayLike<number>,
  key: string,
): PersonSummary | null {
  const code = codeOf(columns, key);
  if (code === -1) return null;
  const own: number[] = [];
  const shared = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const people = participantsOf(columns, row);
    if (!people.includes(code)) continue;
    own.push(row);
    const seen = new Set<number>();
    for (let k = 0; k < people.length; k++) {
      const other = people[k] as number;
      if (other === code || seen.has(other)) continue;
      seen.add(other);
      const list = shared.get(other);
      if (list) list.push(row);
      else shared.set(other, [row]);
    }
  }
  const partners = [...shared]
    .map(([other, partnerRows]) => ({
      key: columns.people.table.values[other] as string,
      name: columns.personNames[other] ?? (columns.people.table.values[other] as string),
      rows: partnerRows,
    }))
    .sort((x, y) => y.rows.length - x.rows.length || x.name.localeCompare(y.name, 'en'));
  return {
    key,
    name: columns.personNames[code] ?? key,
    rows: own,
    byKind: countsOf(columns.kind, own),
    byTrack: countsOf(columns.track, own),
    partners,
  };
}

/**
 * Every two people who shared a selected event, with how many they shared, most first; at most
 * `limit`. One pass: each event adds one to each pair of its participants.
 */
export function pairsOf(columns: EventColumns, rows: ArrayLike<number>, limit = 50): Pair[] {
  const size = columns.people.table.values.length;
  const counts = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    // A person named twice in one event is one participant.
    const people = [...new Set(participantsOf(columns, rows[i] as number))];
    for (let x = 0; x < people.length; x++) {
      for (let y = x + 1; y < people.length; y++) {
        const p = people[x] as number;
        const q = people[y] as number;
        const pair = p < q ? p * size + q : q * size + p;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
  }
  const values = columns.people.table.values;
  return [...counts]
    .map(([pair, count]) => ({
      a: values[Math.floor(pair / size)] as string,
      b: values[pair % size] as string,
      count,
    }))
    .sort(
      (x, y) => y.count - x.count || x.a.localeCompare(y.a, 'en') || x.b.localeCompare(y.b, 'en'),
    )
    .slice(0, limit);
}

/** The display name of a person key. */
export function personName(columns: EventColumns, key: string): string {
  const code = codeOf(columns, key);
  return code === -1 ? key : (columns.personNames[code] ?? key);
}

/** The filters for one person's events: the person view's address (`?person=<key>`). */
export function filterByPerson(filters: Filters, key: string): Filters {
  return { ...filters, person: [key], personMatch: undefined };
}

/** The filters for the events two people shared. */
export function filterByPair(filters: Filters, a: string, b: string): Filters {
  return { ...filters, person: [a, b], personMatch: 'all' };
}
