/**
 * The longest and the shortest events the sources timed. A disputed duration is a range, so
 * "longest" ranks by the largest figure anyone reported and "shortest" by the smallest; each
 * shown row keeps every figure with who reported it, so the reader sees how far apart the
 * sources are. Ranking reads the duration columns of the whole selection; only the few events
 * shown are read whole, for their figures. Pure.
 */
import type { EventColumns } from '../columns/event-columns';
import type { EventView } from '../model/prepare';
import type { ChronologyEvent } from '../model/types';
import { durationRange, type DurationRange } from './durations';

/** A timed event of the selection, as a row of the columns with its range in hours. */
export interface RankedEvent {
  row: number;
  low: number;
  high: number;
}

export interface Extremes {
  longest: RankedEvent[];
  shortest: RankedEvent[];
  /** How many events in the selection have a duration at all. */
  timed: number;
}

/** A shown event with the figures behind its range (read from its record). */
export interface TimedEvent extends DurationRange {
  view: EventView;
}

/** Inserts `item` into `top` (kept sorted by `before`, at most `count` long) if it ranks. */
function keepTop(
  top: RankedEvent[],
  item: RankedEvent,
  count: number,
  before: (a: RankedEvent, b: RankedEvent) => number,
): void {
  if (top.length === count && before(item, top[count - 1] as RankedEvent) >= 0) return;
  let at = top.length;
  while (at > 0 && before(item, top[at - 1] as RankedEvent) < 0) at--;
  top.splice(at, 0, item);
  if (top.length > count) top.pop();
}

// Ties go to the earlier event: rows are in time order.
const longer = (a: RankedEvent, b: RankedEvent) =>
  b.high - a.high || b.low - a.low || a.row - b.row;
const shorter = (a: RankedEvent, b: RankedEvent) =>
  a.low - b.low || a.high - b.high || a.row - b.row;

/** Up to `count` longest and shortest timed events of `rows`, in one pass. */
export function longestAndShortest(
  columns: EventColumns,
  rows: ArrayLike<number>,
  count = 5,
): Extremes {
  const longest: RankedEvent[] = [];
  const shortest: RankedEvent[] = [];
  let timed = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const low = columns.durationLow[row] as number;
    if (Number.isNaN(low)) continue;
    timed++;
    const item = { row, low, high: columns.durationHigh[row] as number };
    keepTop(longest, item, count, longer);
    keepTop(shortest, item, count, shorter);
  }
  return { longest, shortest, timed };
}

/** The rows whose records the extremes need, each once. */
export function rowsToRead(extremes: Extremes): number[] {
  return [...new Set([...extremes.longest, ...extremes.shortest].map((r) => r.row))];
}

/**
 * A ranked event as the panel shows it, from its prepared view and its record; undefined if
 * the record states no duration (it then is not the one the columns were built from).
 */
export function timedEvent(view: EventView, record: ChronologyEvent): TimedEvent | undefined {
  const range = durationRange(record);
  return range ? { view, ...range } : undefined;
}
