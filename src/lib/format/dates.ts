/**
 * Human-readable dates that keep their precision: "August 2025" stays a month, never "1 Aug".
 * Everything formats in UTC (civil dates) or in the offset the data gave (timed dates), so the
 * reader's own zone never changes what they see.
 */
import { isTimed, pad, type PartialDate } from '../model/dates';

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

/** A year as a reader reads it: "2025", "44 BCE". */
export function yearLabel(year: number): string {
  if (year >= 0) return String(year);
  // "3500 BCE", as historians write it; the deep past with a separator: "271,819 BCE".
  return `${-year >= 10_000 ? (-year).toLocaleString('en') : -year} BCE`;
}

/** The year of an instant (UTC) as a reader reads it: JavaScript's year 0 is 1 BCE. */
export function utcYearLabel(ms: number | Date): string {
  const astro = new Date(ms).getUTCFullYear();
  return yearLabel(astro <= 0 ? astro - 1 : astro);
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
  if (start.precision === 'year') parts.push('month and day not known');
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
  if (month === undefined) return `${year} (month not known)`;
  return `${monthName(Number(month), true)} ${year}`;
}

/** How timed events show: the venue's clock, UTC, or the reader's own zone. */
export type TimeZoneChoice = 'venue' | 'utc' | 'local';

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '(local)';
  let format = zoneFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    zoneFormats.set(key, format);
  }
  return format;
}

/** The civil day of an instant in a zone, "YYYY-MM-DD". */
function dayIn(ms: number, timeZone: string | undefined): string {
  const parts = zoneFormat(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function zoneFor(choice: TimeZoneChoice, venueZone: string | undefined): string | undefined {
  if (choice === 'utc') return 'UTC';
  if (choice === 'local') return undefined;
  return venueZone;
}

/**
 * A date shown in the chosen zone. Only timed dates move: a civil date is the same day
 * everywhere. With "venue" and no known venue zone, the offset the data gave is used.
 */
export function formatDateIn(
  date: PartialDate,
  choice: TimeZoneChoice,
  venueZone: string | undefined,
): string {
  if (!isTimed(date)) return formatDate(date);
  const zone = zoneFor(choice, venueZone);
  if (choice === 'venue' && zone === undefined) return formatDate(date);
  return zoneFormat(zone).format(new Date(date.startMs)).replace(',', '');
}

/** True when a timed event starts and ends on different days in the chosen zone. */
export function crossesMidnight(
  start: PartialDate,
  end: PartialDate | undefined,
  choice: TimeZoneChoice,
  venueZone: string | undefined,
): boolean {
  if (!end || !isTimed(start) || !isTimed(end)) return false;
  const zone = zoneFor(choice, venueZone) ?? (choice === 'venue' ? 'UTC' : undefined);
  if (choice === 'venue' && venueZone === undefined) {
    // Use the offset the data gave: shift by it and read the UTC day.
    const shift = (d: PartialDate) =>
      new Date(d.startMs + (d.offsetMinutes ?? 0) * 60_000).toISOString().slice(0, 10);
    return shift(start) !== shift(end);
  }
  return dayIn(start.startMs, zone) !== dayIn(end.startMs, zone);
}
