/**
 * The selection month by month: how many events of each kind, and how many hours of talks.
 * An event belongs to the month it starts in, on the calendar it was written in (a meeting at
 * 23:00 in Moscow on 31 March is a March meeting). An event known only to its year belongs to
 * no month: it is counted apart (`unplaced`), not put in January. Pure.
 */
import { monthKey, daysInMonth, pad } from '../model/dates';
import { durationRange } from './durations';
import type { CountedEvent } from './types';

/** The value a kind bar filters by when an event has no kind (the facet's "not stated"). */
export const NO_KIND = '-';

export interface MonthKinds {
  /** "2025-04". */
  month: string;
  total: number;
  /** Events per kind (NO_KIND for none), in the order kinds first appear in the selection. */
  kinds: Map<string, number>;
  eventIds: string[];
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
  eventIds: string[];
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

/** Events grouped by start month, gaps filled, with the year-only ones apart. */
function byMonth<T>(
  events: readonly CountedEvent[],
  empty: (month: string) => T,
  add: (into: T, e: CountedEvent) => void,
): MonthSeries<T> {
  const found = new Map<string, T>();
  let unplaced = 0;
  for (const e of events) {
    if (e.start.month === undefined) {
      unplaced++;
      continue;
    }
    const key = monthKey(e.start);
    let into = found.get(key);
    if (!into) found.set(key, (into = empty(key)));
    add(into, e);
  }
  const keys = [...found.keys()].sort();
  const months = keys.length
    ? monthRange(keys[0] as string, keys[keys.length - 1] as string).map(
        (key) => found.get(key) ?? empty(key),
      )
    : [];
  return { months, unplaced };
}

export function eventsPerMonth(events: readonly CountedEvent[]): MonthSeries<MonthKinds> {
  return byMonth<MonthKinds>(
    events,
    (month) => ({ month, total: 0, kinds: new Map(), eventIds: [] }),
    (into, { event }) => {
      const kind = event.kind ?? NO_KIND;
      into.kinds.set(kind, (into.kinds.get(kind) ?? 0) + 1);
      into.total++;
      into.eventIds.push(event.id);
    },
  );
}

export function hoursPerMonth(events: readonly CountedEvent[]): MonthSeries<MonthHours> {
  return byMonth<MonthHours>(
    events,
    (month) => ({ month, low: 0, high: 0, timed: 0, disputed: 0, untimed: 0, eventIds: [] }),
    (into, { event }) => {
      into.eventIds.push(event.id);
      const range = durationRange(event);
      if (!range) {
        into.untimed++;
        return;
      }
      into.low += range.low;
      into.high += range.high;
      into.timed++;
      if (range.high > range.low) into.disputed++;
    },
  );
}

/** The kinds of a series, busiest first (the order of the chart's stack and its legend). */
export function kindsOf(months: readonly MonthKinds[]): string[] {
  const totals = new Map<string, number>();
  for (const m of months) for (const [k, n] of m.kinds) totals.set(k, (totals.get(k) ?? 0) + n);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}
