/**
 * The selection month by month: how many events of each kind, and how many hours of talks.
 * An event belongs to the month it starts in, on the calendar it was written in (a meeting at
 * 23:00 in Moscow on 31 March is a March meeting). An event known only to its year belongs to
 * no month: it is counted apart (`unplaced`), not put in January. Pure: the events as columns
 * (../columns/) and the selection as rows of them in, so no record is read.
 */
import { monthKeyOf, NO_MONTH, valueAt, type EventColumns } from '../columns/event-columns';
import { daysInMonth, pad } from '../model/dates';

/** The value a kind bar filters by when an event has no kind (the facet's "not stated"). */
export const NO_KIND = '-';

export interface MonthKinds {
  /** "2025-04". */
  month: string;
  total: number;
  /** Events per kind (NO_KIND for none), in the order kinds first appear in the selection. */
  kinds: Map<string, number>;
}

export interface MonthHours {
  month: string;
  /** Sum of each timed event's lowest reported duration, in hours. */
  low: number;
  /** Sum of each timed event's highest reported duration: equal to `low` with no dispute. */
  high: number;
  /** Events with a reported duration, and how many of them the sources dispute. */
  timed: number;
  disputed: number;
  /** Events that month without any duration figure: not zeros, just not timed. */
  untimed: number;
}

export interface MonthSeries<T> {
  /** Every month from the first to the last with an event, gaps included, in order. */
  months: T[];
  /** Events whose date is known only to the year, so in no month. */
  unplaced: number;
}

/** "2025-04" → "2025-05". */
export function nextMonth(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1)}`;
}

/** Every month key from `first` to `last`, inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let key = first; key <= last; key = nextMonth(key)) out.push(key);
  return out;
}

/** The month's first and last day, YYYY-MM-DD: its `after=`/`before=` filter. */
export function monthDays(key: string): { after: string; before: string } {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return { after: `${key}-01`, before: `${key}-${pad(daysInMonth(y, m))}` };
}

/**
 * The selected rows grouped by start month (`startMonth`), gaps filled, with the year-only
 * ones apart. `add` is called with each row in the selection's order.
 */
function byMonth<T>(
  columns: EventColumns,
  rows: ArrayLike<number>,
  empty: (month: string) => T,
  add: (into: T, row: number) => void,
): MonthSeries<T> {
  const found = new Map<number, T>();
  let unplaced = 0;
  let first = Infinity;
  let last = -Infinity;
  // Rows are in time order: most follow one of the same month, found without a lookup.
  let current = NO_MONTH;
  let into: T | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const month = columns.startMonth[row] as number;
    if (month === NO_MONTH) {
      unplaced++;
      continue;
    }
    if (month !== current || !into) {
      current = month;
      into = found.get(month);
      if (!into) found.set(month, (into = empty(monthKeyOf(month))));
    }
    add(into, row);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  const months = found.size
    ? monthRange(monthKeyOf(first), monthKeyOf(last)).map(
        (key, i) => found.get(first + i) ?? empty(key),
      )
    : [];
  return { months, unplaced };
}

export function eventsPerMonth(
  columns: EventColumns,
  rows: ArrayLike<number>,
): MonthSeries<MonthKinds> {
  return byMonth<MonthKinds>(
    columns,
    rows,
    (month) => ({ month, total: 0, kinds: new Map() }),
    (into, row) => {
      const kind = valueAt(columns.kind, row) ?? NO_KIND;
      into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + 1);
      into.total++;
    },
  );
}

export function hoursPerMonth(
  columns: EventColumns,
  rows: ArrayLike<number>,
): MonthSeries<MonthHours> {
  return byMonth<MonthHours>(
    columns,
    rows,
    (month) => ({ month, low: 0, high: 0, timed: 0, disputed: 0, untimed: 0 }),
    (into, row) => {
      const low = columns.durationLow[row] as number;
      const high = columns.durationHigh[row] as number;
      if (Number.isNaN(low)) {
        into.untimed++;
        return;
      }
      into.low += low;
      into.high += high;
      into.timed++;
      if (high > low) into.disputed++;
    },
  );
}

/** The kinds of a series, busiest first (the order of the chart's stack and its legend). */
export function kindsOf(months: readonly MonthKinds[]): string[] {
  const totals = new Map<string, number>();
  for (const m of months) for (const [k, n] of m.kinds) totals.set(k, (totals.get(k) ?? 0) + n);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}
