/**
 * The list's "Jump to month": the months the selection has events in, and the span of days a
 * month key stands for, so the chart can show just that month. Pure.
 */
import { formatMonthKey } from '../format/dates';
import { monthKey } from './dates';
import type { EventView } from './prepare';

export interface MonthOption {
  /** "2025-04", or "2025" for events known only to the year (as the list groups them). */
  key: string;
  label: string;
  count: number;
}

/** Each month with events in `events` (in time order), once, with how many start in it. */
export function monthOptions(events: readonly EventView[]): MonthOption[] {
  const counts = new Map<string, number>();
  for (const view of events) {
    const key = monthKey(view.start);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, label: formatMonthKey(key), count }));
}

/** The days a key stands for, in ms: [first day's start, the next month's (or year's) start). */
export function monthSpan(key: string): [number, number] | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const month = Number(match[2]) - 1;
  if (month < 0 || month > 11) return undefined;
  return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
}
