/**
 * The list's "Jump to month": the months the selection has events in, and the span of days a
 * month key stands for, so the chart can show just that month. Pure.
 */
import { formatMonthKey } from '../format/dates';
import { monthKey, parseDate } from './dates';
import type { EventView } from './prepare';

export interface MonthOption {
  /** "2025-04", or "2025" for events known only to the year (as the list groups them). */
  key: string;
  label: string;
  count: number;
}

/**
 * Each month with events in `events` (in time order), once, with how many start in it. The
 * key's text is written once per run of events in the same month, not once per event: the
 * list asks again after every filter change, over up to the whole dataset.
 */
export function monthOptions(events: readonly EventView[]): MonthOption[] {
  const counts = new Map<string, number>();
  let key = '';
  let run = 0;
  let year = NaN;
  let month: number | undefined;
  for (const view of events) {
    if (run > 0 && view.start.year === year && view.start.month === month) {
      run++;
      continue;
    }
    if (run > 0) counts.set(key, (counts.get(key) ?? 0) + run);
    ({ year, month } = view.start);
    key = monthKey(view.start);
    run = 1;
  }
  if (run > 0) counts.set(key, (counts.get(key) ?? 0) + run);
  return [...counts].map(([key, count]) => ({ key, label: formatMonthKey(key), count }));
}

/**
 * The days a key stands for, in ms: [first day's start, the next month's (or year's) start).
 * Keys are dates' own texts ("2025-02", "-0044", "-4600000000"), so they parse as dates do:
 * "0044" is the year 44, never 1944.
 */
export function monthSpan(key: string): [number, number] | undefined {
  const parsed = parseDate(key);
  if (!parsed.ok || (parsed.date.precision !== 'month' && parsed.date.precision !== 'year'))
    return undefined;
  return [parsed.date.startMs, parsed.date.endMs];
}
