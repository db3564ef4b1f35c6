/**
 * How often two people met: the days between each of their shared events and the next. "Met"
 * is "both took part in the event" (calls included), the same test as the participant filter's
 * "all of them", so an interval's events are exactly what `person=a&person=b&personMatch=all`
 * shows between its two dates. Pure: the events as columns (../columns/) and the selection as
 * rows of them in.
 */
import type { EventColumns } from '../columns/event-columns';
import { codeOf } from '../columns/string-table';
import { PAIRS_SHOWN, pairsOf } from '../people/people';

/** The pair the panel opens on when the data has both (person ids in data/chronology.json). */
export const PREFERRED_PAIR: readonly [string, string] = ['witkoff', 'putin'];

export interface PairInterval {
  /** The two events, as rows of the columns. */
  from: number;
  to: number;
  /** Whole days from the first event's start day to the second's. */
  days: number;
  /** Either date is known only to the month or year: the count is rough. */
  approximate: boolean;
}

/** Whether row `row` lists the person with code `code`. */
function lists(columns: EventColumns, row: number, code: number): boolean {
  const { offsets, codes } = columns.people;
  for (let k = offsets[row] as number, end = offsets[row + 1] as number; k < end; k++)
    if (codes[k] === code) return true;
  return false;
}

/** The rows both `a` and `b` took part in, in time order (the order of `rows`). */
export function sharedEvents(
  columns: EventColumns,
  rows: ArrayLike<number>,
  a: string,
  b: string,
): number[] {
  const codeA = codeOf(columns.people.table, a);
  const codeB = codeOf(columns.people.table, b);
  if (codeA === -1 || codeB === -1) return [];
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (lists(columns, row, codeA) && lists(columns, row, codeB)) out.push(row);
  }
  return out;
}

/**
 * The gaps between consecutive events of `shared` (rows in time order: what `sharedEvents`
 * gives for two people). Days are counted between start days on the calendar each date was
 * written in (`startDay`): a meeting that began at 20:00 in Moscow is on that Moscow day,
 * whatever the UTC instant.
 */
export function pairIntervals(columns: EventColumns, shared: readonly number[]): PairInterval[] {
  const out: PairInterval[] = [];
  for (let i = 1; i < shared.length; i++) {
    const from = shared[i - 1] as number;
    const to = shared[i] as number;
    out.push({
      from,
      to,
      days: (columns.startDay[to] as number) - (columns.startDay[from] as number),
      approximate: startsCoarse(columns, from) || startsCoarse(columns, to),
    });
  }
  return out;
}

/** Whether the start is known only to the month or the year (precision codes 0 and 1). */
function startsCoarse(columns: EventColumns, row: number): boolean {
  return (columns.startPrecision[row] as number) <= 1;
}

/**
 * The pair to show first: Witkoff and Putin when the dataset lists both, else the pair that met
 * most often among `rows` (../people/people.ts `pairsOf`); undefined when no event has two
 * participants.
 */
export function defaultPair(
  columns: EventColumns,
  rows: ArrayLike<number>,
  people: ReadonlyMap<string, unknown>,
): [string, string] | undefined {
  const [a, b] = PREFERRED_PAIR;
  if (people.has(a) && people.has(b)) return [a, b];
  // As many as "Who met whom" asks for, so that the two share one count (see pairsOf).
  const top = pairsOf(columns, rows, PAIRS_SHOWN)[0];
  return top ? [top.a, top.b] : undefined;
}

/** The people who took part in any of `rows`, by key, with their names, sorted by name. */
export function peopleOf(
  columns: EventColumns,
  rows: ArrayLike<number>,
): { key: string; name: string }[] {
  const { offsets, codes, table } = columns.people;
  const seen = new Uint8Array(table.values.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    for (let k = offsets[row] as number, end = offsets[row + 1] as number; k < end; k++)
      seen[codes[k] as number] = 1;
  }
  const out: { key: string; name: string }[] = [];
  for (let code = 0; code < seen.length; code++) {
    if (!seen[code]) continue;
    const key = table.values[code] as string;
    out.push({ key, name: columns.personNames[code] ?? key });
  }
  return out.sort((x, y) => x.name.localeCompare(y.name));
}
