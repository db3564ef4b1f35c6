/**
 * A count over a selection (the events as columns, and the rows selected), remembered for the
 * last few selections. A reader who ticks a filter and clears it again comes back to the rows
 * of before, the same array (a selection's rows are never changed in place): its counts are
 * then given back at once instead of read again from 100,000 rows. The answers are shared, so
 * they must not be changed by whoever reads them.
 */
import type { EventColumns } from './event-columns';

/** The selection shown and the one before it. */
const KEPT = 2;

export function forRecentSelections<T>(
  count: (columns: EventColumns, rows: ArrayLike<number>) => T,
): (columns: EventColumns, rows: ArrayLike<number>) => T {
  const recent: { columns: EventColumns; rows: ArrayLike<number>; answer: T }[] = [];
  return (columns, rows) => {
    const at = recent.findIndex((entry) => entry.columns === columns && entry.rows === rows);
    // The latest selection asked for comes first; the one asked for longest ago goes.
    const entry = at === -1 ? { columns, rows, answer: count(columns, rows) } : recent[at]!;
    if (at !== -1) recent.splice(at, 1);
    recent.unshift(entry);
    recent.length = Math.min(recent.length, KEPT);
    return entry.answer;
  };
}
