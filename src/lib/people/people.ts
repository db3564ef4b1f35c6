/**
 * Who took part, with whom and how often, read from the events as columns (../columns/): a
 * person is a key of the participants' column, the registry id or the plain name the data
 * gave. Pure: columns and a selection of rows in, counts and the rows behind each out, so
 * every number on the people views can be followed to its events.
 */
import { valueAt, type CodedColumn, type EventColumns } from '../columns/event-columns';
import { forRecentSelections } from '../columns/recent-selections';
import { codeOf, type CodeArray } from '../columns/string-table';

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

/** Whether event `row` lists person `code`; no subarray per event, as this runs over every row. */
function takesPart(columns: EventColumns, row: number, code: number): boolean {
  const { offsets, codes } = columns.people;
  for (let k = offsets[row] as number, end = offsets[row + 1] as number; k < end; k++)
    if (codes[k] === code) return true;
  return false;
}

/** Whether the participant at `k` was listed earlier in the same event (`from` is its first). */
function listedBefore(codes: CodeArray, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (codes[j] === codes[k]) return true;
  return false;
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
  const code = codeOf(columns.people.table, key);
  if (code === -1) return null;
  const own: number[] = [];
  const shared = new Map<number, number[]>();
  const { offsets, codes } = columns.people;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (!takesPart(columns, row, code)) continue;
    own.push(row);
    const from = offsets[row] as number;
    for (let k = from, end = offsets[row + 1] as number; k < end; k++) {
      const other = codes[k] as number;
      if (other === code || listedBefore(codes, from, k)) continue;
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

/** How many pairs "Who met whom" shows. */
export const PAIRS_SHOWN = 30;

/**
 * Every two people who shared a selected event, with how many they shared, most first; at most
 * `limit`. One pass: each event adds one to each pair of its participants.
 */
export function pairsOf(
  columns: EventColumns,
  rows: ArrayLike<number>,
  limit = MOST_PAIRS,
): Pair[] {
  const pairs =
    limit <= MOST_PAIRS ? countedPairs(columns, rows) : countPairs(columns, rows, limit);
  return pairs.slice(0, limit);
}

/** The most pairs anyone asks for: "Who met whom" shows 30. */
const MOST_PAIRS = 50;

/**
 * "Who met whom" and the numbers' default pair ask for the same selection's pairs, one after
 * the other, and a reader who clears a filter comes back to the selection before it: each
 * gets the pairs already counted (the first MOST_PAIRS: any fewer are the first of them).
 */
const countedPairs = forRecentSelections((columns, rows) => countPairs(columns, rows, MOST_PAIRS));

function countPairs(columns: EventColumns, rows: ArrayLike<number>, limit: number): Pair[] {
  const size = columns.people.table.values.length;
  // One counter per possible pair in a typed array while that stays small (up to 2,000
  // people, 16 MB at most); a Map beyond.
  const dense = size <= 2000 ? new Uint32Array(size * size) : null;
  const sparse = dense ? null : new Map<number, number>();
  const { offsets, codes } = columns.people;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const from = offsets[row] as number;
    const end = offsets[row + 1] as number;
    for (let x = from; x < end; x++) {
      // A person named twice in one event is one participant.
      if (listedBefore(codes, from, x)) continue;
      for (let y = x + 1; y < end; y++) {
        const p = codes[x] as number;
        const q = codes[y] as number;
        if (p === q || listedBefore(codes, from, y)) continue;
        const pair = p < q ? p * size + q : q * size + p;
        if (dense) dense[pair] = (dense[pair] as number) + 1;
        else sparse?.set(pair, (sparse.get(pair) ?? 0) + 1);
      }
    }
  }
  const each = (visit: (pair: number, count: number) => void) => {
    if (dense) {
      for (let pair = 0; pair < dense.length; pair++)
        if (dense[pair]) visit(pair, dense[pair] as number);
    } else sparse?.forEach((count, pair) => visit(pair, count));
  };
  // Only the pairs that can be among the first `limit` are sorted: at 100,000 events tens of
  // thousands of pairs met, and the lowest count that still makes the list is found by counting.
  let most = 0;
  each((_, count) => (most = Math.max(most, count)));
  const pairsWith = new Uint32Array(most + 1);
  each((_, count) => (pairsWith[count] = (pairsWith[count] as number) + 1));
  let least = most;
  for (let seen = pairsWith[most] ?? 0; least > 1 && seen < limit;)
    seen += pairsWith[--least] as number;
  const kept: number[] = [];
  each((pair, count) => {
    if (count >= least) kept.push(pair);
  });
  const values = columns.people.table.values;
  // Ties go by the two keys in code point order (cheap, and the same on every machine),
  // compared as ranks so that the sort compares numbers.
  const byKey = Array.from(values.keys()).sort((x, y) => {
    const [p, q] = [values[x] as string, values[y] as string];
    return p < q ? -1 : p > q ? 1 : 0;
  });
  const rank = new Uint32Array(size);
  byKey.forEach((code, r) => (rank[code] = r));
  const countOf = (pair: number) => (dense ? (dense[pair] as number) : (sparse?.get(pair) ?? 0));
  const first = (pair: number) => Math.floor(pair / size);
  kept.sort(
    (p, q) =>
      countOf(q) - countOf(p) ||
      (rank[first(p)] as number) - (rank[first(q)] as number) ||
      (rank[p % size] as number) - (rank[q % size] as number),
  );
  return kept.slice(0, limit).map((pair) => ({
    a: values[first(pair)] as string,
    b: values[pair % size] as string,
    count: countOf(pair),
  }));
}

/** The display name of a person key. */
export function personName(columns: EventColumns, key: string): string {
  const code = codeOf(columns.people.table, key);
  return code === -1 ? key : (columns.personNames[code] ?? key);
}

// In filters.ts, so the app's first load need not bring the rest of this module.
export { filterByPair, filterByPerson } from '../filters/filters';
