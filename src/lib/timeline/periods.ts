/**
 * Periods on the axis, in words: what a count bar counts ("12 events, March 2025") and what a
 * tick label stands for (the label "Mar" is March 2025, from its first day to April's).
 * Pure and in UTC, like the axis (scale.ts).
 */
import { monthName, utcYearLabel } from '../format/dates';
import { addYears, isCalendarTime, yearAt, yearStartMs } from '../model/dates';
import type { PlacedBin } from './layout';
import type { Tick, TickUnit } from './scale';
import {
  hours,
  minutes,
  months,
  startsPeriod as at,
  utcDays,
  utcMondays,
  utcYears,
  type UtcInterval,
} from './utc-intervals';

const day = (d: Date) =>
  `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1, true)} ${utcYearLabel(d)}`;
const month = (d: Date) => monthName(d.getUTCMonth() + 1, true);
const time = (d: Date) =>
  `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;

/** [t0, t1) in words: a day, a week, a month, a quarter, a year or years, else from–to. */
export function periodName(t0: number, t1: number): string {
  // Deep time is counted in years only ("4.6–4.4 billion years ago" reads as two labels).
  if (!isCalendarTime(t0) || !isCalendarTime(t1 - 1)) {
    const first = utcYearLabel(t0);
    const last = utcYearLabel(t1 - 1);
    return first === last ? first : `${first} – ${last}`;
  }
  const a = new Date(t0);
  const last = new Date(t1 - 1);
  const sameYear = a.getUTCFullYear() === last.getUTCFullYear();
  if (at(t0, utcYears) && at(t1, utcYears))
    return sameYear ? utcYearLabel(a) : `${utcYearLabel(a)}–${utcYearLabel(last)}`;
  if (at(t0, months()) && at(t1, months()) && sameYear) {
    const y = utcYearLabel(a);
    return a.getUTCMonth() === last.getUTCMonth()
      ? `${month(a)} ${y}`
      : `${month(a)}–${month(last)} ${y}`;
  }
  if (at(t0, utcDays) && at(t1, utcDays)) {
    if (t1 - t0 === 86_400_000) return day(a);
    if (t1 - t0 === 7 * 86_400_000 && at(t0, utcMondays)) return `the week of ${day(a)}`;
    return `${day(a)} – ${day(last)}`;
  }
  if (at(t0, minutes()) && at(t1, minutes())) {
    const end = new Date(t1);
    return utcDays.floor(t0) === utcDays.floor(t1 - 1)
      ? `${day(a)}, ${time(a)}–${time(end)}`
      : `${day(a)}, ${time(a)} – ${day(end)}, ${time(end)}`;
  }
  return `${day(a)} – ${day(last)}`;
}

const INTERVALS: Record<TickUnit, UtcInterval> = {
  year: utcYears,
  month: months(),
  week: utcMondays,
  day: utcDays,
  hour: hours(),
  minute: minutes(),
};

/**
 * The period a tick label names: "Apr" is April, even on an axis of quarters, and "2015" the year
 * 2015 on an axis of five-year steps. One unit from the tick; in deep time, one `step`.
 */
export function tickPeriod(tick: Tick, unit: TickUnit, step = 1): [number, number] {
  // In deep time one year is a speck: a tick there names its whole step ("4.6 billion years ago"
  // on an axis of 200-million-year steps is the 200 million years from it).
  if (!isCalendarTime(tick.ms)) return [tick.ms, yearStartMs(addYears(yearAt(tick.ms), step))];
  return [tick.ms, INTERVALS[unit].offset(tick.ms, 1)];
}

/** What a count bar says: "12 events, March 2025". */
export function binSummary(bin: Pick<PlacedBin, 'count' | 't0' | 't1'>): string {
  return `${bin.count} ${bin.count === 1 ? 'event' : 'events'}, ${periodName(bin.t0, bin.t1)}`;
}
