/**
 * Human-readable dates that keep their precision: "August 2025" stays a month, never "1 Aug".
 * Everything formats in UTC (civil dates) or in the offset the data gave (timed dates), so the
 * reader's own zone never changes what they see.
 */
import { isDeepYear, isTimed, pad, yearAt, type PartialDate } from '../model/dates';

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Aug", or "August" with `long`; month is 1–12. */
export function monthName(month: number, long = false): string {
  return (long ? LONG_MONTHS : MONTHS)[month - 1] ?? '?';
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest ? ':' + pad(rest) : ''}`;
}

function timeOfDay(date: PartialDate): string {
  const seconds = date.precision === 'second' ? ':' + pad(date.second ?? 0) : '';
  return `${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}${seconds}`;
}

/**
 * A year as a reader reads it: "2025", "44 BCE", "271,819 BCE", and from a million years back
 * as geologists and cosmologists say it: "4.6 billion years ago", "538.8 million years ago".
 */
export function yearLabel(year: number): string {
  if (year >= 0) return String(year);
  const back = -year;
  if (back >= 1e9) return `${decimal(back / 1e9)} billion years ago`;
  if (back >= 1e6) return `${decimal(back / 1e6)} million years ago`;
  // "3500 BCE", as historians write it; the deep past with a separator: "271,819 BCE".
  return `${back >= 10_000 ? back.toLocaleString('en') : back} BCE`;
}

/** 13.79963, never 13.799630000000001: at most nine decimals, no trailing zeros. */
function decimal(value: number): string {
  return String(Number(value.toFixed(9)));
}

/** The year of an instant (UTC) as a reader reads it: JavaScript's year 0 is 1 BCE. */
export function utcYearLabel(ms: number | Date): string {
  return yearLabel(yearAt(+ms));
}

/**
 * One date at its own precision: "2025", "August 2025", "6 Aug 2025", "2 Dec 2025, 20:00
 * UTC+3", "15 Mar 44 BCE".
 */
export function formatDate(date: PartialDate): string {
  const year = yearLabel(date.year);
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${monthName(date.month, true)} ${year}`;
  const day = `${date.day} ${monthName(date.month)} ${year}`;
  if (!isTimed(date)) return day;
  return `${day}, ${timeOfDay(date)} ${formatOffset(date.offsetMinutes ?? 0)}`;
}

/**
 * A start and optional end, sharing what they share: "23–25 Mar 2025", "24 Oct – 2 Nov 2025",
 * "16–22 Oct 2025". An approximate date is prefixed with "c.".
 */
export function formatDateRange(
  start: PartialDate,
  end?: PartialDate,
  approximate = false,
): string {
  const prefix = approximate ? 'c. ' : '';
  if (!end || end.text === start.text) return prefix + formatDate(start);
  const plainDays = start.precision === 'day' && end.precision === 'day';
  if (plainDays && start.year === end.year) {
    if (start.month === end.month) {
      return `${prefix}${start.day}–${end.day} ${monthName(end.month ?? 0)} ${yearLabel(end.year)}`;
    }
    return `${prefix}${start.day} ${monthName(start.month ?? 0)} – ${formatDate(end)}`;
  }
  return `${prefix}${formatDate(start)} – ${formatDate(end)}`;
}

/** What a reader should know about how exact the date is, or undefined for a plain day. */
export function precisionNote(start: PartialDate, approximate = false): string | undefined {
  const parts: string[] = [];
  if (start.precision === 'month') parts.push('day not known');
  if (start.precision === 'year' && !isDeepYear(start.year)) parts.push('month and day not known');
  if (approximate) parts.push('approximate');
  return parts.length ? parts.join(', ') : undefined;
}

/** Machine-readable value for <time datetime>: the text itself is valid there at every precision. */
export function datetimeAttribute(date: PartialDate): string {
  return date.text;
}

/** Heading for a month group: "February 2025", or "2025 (month not known)". */
export function formatMonthKey(key: string): string {
  const [, y, month] = /^(-?\d+)(?:-(\d{2}))?$/.exec(key) ?? [];
  const year = yearLabel(Number(y));
  // Before 271,819 BCE only years are placed: no month is missing there.
  if (month === undefined) return isDeepYear(Number(y)) ? year : `${year} (month not known)`;
  return `${monthName(Number(month), true)} ${year}`;
}

/** How timed events show: the venue's clock, UTC, or the reader's own zone. */
export type TimeZoneChoice = 'venue' | 'utc' | 'local';
