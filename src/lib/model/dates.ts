/**
 * Dates as chronologies state them: known to the year, the month, the day, or the minute.
 *
 * Why not `new Date(text)`: it reads "2025-02-11" as UTC midnight and then shows it in the
 * reader's zone, so Los Angeles sees 10 February. Here a date without a time is a *civil*
 * date: it is placed at UTC midnight on a floating axis and always formatted in UTC, so it
 * never moves. A date with a time must carry its offset, and is a real instant.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** Shared between events with the same date text (see the cache below): never mutate one. */
export interface PartialDate {
  /** The text as written in the data. */
  readonly text: string;
  readonly precision: Precision;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** Offset from UTC in minutes, for timed dates ("+03:00" is 180). */
  readonly offsetMinutes?: number;
  /** Start of the span the text denotes, in ms on the shared axis. */
  readonly startMs: number;
  /** Exclusive end of that span: a month-precision date covers the whole month. */
  readonly endMs: number;
}

export type DateParse = { ok: true; date: PartialDate } | { ok: false; reason: string };

/**
 * A year of four digits, or before year 1 a minus and four to twelve: `-0044` is 44 BCE, as
 * historians count (there is no year 0, and TimelineJS writes 44 BCE as -44 too);
 * `-4600000000` is 4.6 billion years ago.
 */
const DATE_PATTERN =
  /^(\d{4}|-\d{4,12})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * The earliest year Parley places as a calendar date: a JavaScript Date reaches back 271,821
 * years before 1970, and a year must fit whole. Older years (deep time: TimelineJS's
 * cosmological timelines, 13.8 billion years ago) are known to the year only, and are placed
 * on the same axis by counting mean Gregorian years back from this one (`yearStartMs`).
 */
export const EARLIEST_BCE_YEAR = 271_819;

/** The furthest back a year may be: well before the Big Bang, 13.8 billion years ago. */
export const DEEPEST_YEAR = -100_000_000_000;

/** A mean Gregorian year (365.2425 days): how deep-time years are spaced on the axis. */
export const MEAN_YEAR_MS = 31_556_952_000;

const MINUTE = 60_000;

/** Days in `month` (1–12) of the year written `year` (negative: BCE). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(astronomical(year), month, 0)).getUTCDate();
}

/** The year a Date counts for the year written `year`: 1 BCE is year 0, 2 BCE is -1. */
function astronomical(year: number): number {
  return year < 0 ? year + 1 : year;
}

/**
 * Date.UTC for an astronomical year, except that years 0–99 are not read as 1900–1999.
 * Overflowing days roll over. Years 0–99 are placed 400 years on, where the calendar repeats
 * day for day, and moved back: through 1900, which is no leap year, year 0 (1 BCE, a leap
 * year) lost its 29 February.
 */
function utc(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0): number {
  if (year >= 100 || year < 0) return Date.UTC(year, monthIndex, day, hour, minute, second);
  const d = new Date(Date.UTC(year + 400, monthIndex, day, hour, minute, second));
  d.setUTCFullYear(d.getUTCFullYear() - 400);
  return d.getTime();
}

/** Whether `year` is before the calendar Parley places (deep time, known to the year only). */
export function isDeepYear(year: number): boolean {
  return year < -EARLIEST_BCE_YEAR;
}

/** Where the calendar ends and deep time begins: the first instant of 271,819 BCE. */
const DEEP_TIME_MS = utc(astronomical(-EARLIEST_BCE_YEAR), 0);

/**
 * Whether a Date can hold `ms` whole, with its calendar: not in deep time, not past the year
 * 275,759, and a number at all. Months, days and hours exist only here.
 */
export function isCalendarTime(ms: number): boolean {
  return ms >= DEEP_TIME_MS && ms < FAR_FUTURE_MS;
}

/** `n` years after `year`, as historians count (no year 0: one year after 1 BCE is 1 CE). */
export function addYears(year: number, n: number): number {
  const astro = (year < 0 ? year + 1 : year) + n;
  return astro <= 0 ? astro - 1 : astro;
}

/** Whether an instant on the axis lies in deep time, where a JavaScript Date cannot go. */
export function isDeepTime(ms: number): boolean {
  return ms < DEEP_TIME_MS;
}

/**
 * The last whole year a Date holds. No date is written after 9999, but the axis is padded and
 * panned past what it shows, so it goes on, in mean years, from here.
 */
const LAST_CALENDAR_YEAR = 275_759;
const FAR_FUTURE_MS = utc(LAST_CALENDAR_YEAR + 1, 0);

/**
 * The first instant of the year written `year` (negative: BCE) on the shared axis. Calendar
 * years are exact; deep-time years are mean years counted back from 271,819 BCE.
 */
export function yearStartMs(year: number): number {
  if (isDeepYear(year)) return DEEP_TIME_MS + (year + EARLIEST_BCE_YEAR) * MEAN_YEAR_MS;
  if (year > LAST_CALENDAR_YEAR)
    return FAR_FUTURE_MS + (year - LAST_CALENDAR_YEAR - 1) * MEAN_YEAR_MS;
  return utc(astronomical(year), 0);
}

/** The year after `year`, as historians count: 1 BCE (-1) is followed by 1 CE. */
export function nextYear(year: number): number {
  return year === -1 ? 1 : year + 1;
}

/** The year (as written: 44 BCE is -44) that the instant `ms` falls in; the inverse of yearStartMs. */
export function yearAt(ms: number): number {
  if (isDeepTime(ms) || ms >= FAR_FUTURE_MS) {
    let year = isDeepTime(ms)
      ? Math.floor((ms - DEEP_TIME_MS) / MEAN_YEAR_MS) - EARLIEST_BCE_YEAR
      : LAST_CALENDAR_YEAR + 1 + Math.floor((ms - FAR_FUTURE_MS) / MEAN_YEAR_MS);
    // The division rounds at billions of years: settle on the year whose span holds `ms`.
    if (yearStartMs(year) > ms) year--;
    else if (yearStartMs(year + 1) <= ms) year++;
    return year;
  }
  const astro = new Date(ms).getUTCFullYear();
  return astro <= 0 ? astro - 1 : astro;
}

/**
 * Parsed dates by text. Chronologies repeat dates a lot (100,000 events fall on a few thousand
 * days), and validation and preparation both parse them. Results are immutable, so sharing is
 * safe; the cache is dropped when it grows past a bound.
 */
const cache = new Map<string, DateParse>();
const CACHE_LIMIT = 50_000;

export function parseDate(text: string): DateParse {
  let result = cache.get(text);
  if (result === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    result = parseUncached(text);
    cache.set(text, result);
  }
  return result;
}

function parseUncached(text: string): DateParse {
  const m = DATE_PATTERN.exec(text);
  if (!m) {
    return {
      ok: false,
      reason:
        'is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an offset)',
    };
  }
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  if (year === 0)
    return {
      ok: false,
      reason: 'is not a date: there is no year 0 (1 BCE is followed by 1 CE; write 1 BCE as -0001)',
    };
  if (year < DEEPEST_YEAR)
    return {
      ok: false,
      reason: `is too long ago: Parley places years back to ${(-DEEPEST_YEAR / 1e9).toLocaleString('en')} billion years ago`,
    };
  if (mo === undefined) {
    return {
      ok: true,
      date: {
        text,
        precision: 'year',
        year,
        startMs: yearStartMs(year),
        endMs: yearStartMs(nextYear(year)),
      },
    };
  }
  if (isDeepYear(year))
    return {
      ok: false,
      reason: `is too long ago for a month or day: before ${EARLIEST_BCE_YEAR.toLocaleString('en')} BCE, Parley places years only (write ${yearText(year)})`,
    };
  const astro = astronomical(year);
  const month = Number(mo);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `is not a date: there is no month ${mo}` };
  }
  if (d === undefined) {
    return {
      ok: true,
      date: {
        text,
        precision: 'month',
        year,
        month,
        startMs: utc(astro, month - 1),
        endMs: utc(astro, month),
      },
    };
  }
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `is not a date: ${y}-${mo} has no day ${d}` };
  }
  if (h === undefined || mi === undefined) {
    return {
      ok: true,
      date: {
        text,
        precision: 'day',
        year,
        month,
        day,
        startMs: utc(astro, month - 1, day),
        endMs: utc(astro, month - 1, day + 1),
      },
    };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      ok: false,
      reason: `is not a date: ${h}:${mi}${s ? ':' + s : ''} is not a time of day`,
    };
  }
  if (zone === undefined) {
    return {
      ok: false,
      reason: 'has a time but no offset: add Z for UTC or an offset such as +03:00',
    };
  }
  const offsetMinutes = zone === 'Z' ? 0 : parseOffset(zone);
  if (offsetMinutes === undefined) {
    return { ok: false, reason: `is not a date: ${zone} is not a UTC offset` };
  }
  const local = utc(astro, month - 1, day, hour, minute, second);
  const startMs = local - offsetMinutes * MINUTE;
  const precision: Precision = s === undefined ? 'minute' : 'second';
  return {
    ok: true,
    date: {
      text,
      precision,
      year,
      month,
      day,
      hour,
      minute,
      second,
      offsetMinutes,
      startMs,
      endMs: startMs + (precision === 'minute' ? MINUTE : 1000),
    },
  };
}

function parseOffset(zone: string): number | undefined {
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 14 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** Parse a date that validation has already accepted. */
export function mustParseDate(text: string): PartialDate {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(`"${text}" ${parsed.reason}`);
  return parsed.date;
}

export function isTimed(date: PartialDate): boolean {
  return date.precision === 'minute' || date.precision === 'second';
}

/**
 * The civil date the text names, as YYYY-MM-DD, for grouping and "crosses midnight" checks.
 * For a timed date this is the date in the offset it was written with (the venue's clock).
 */
export function civilDay(date: PartialDate): string | undefined {
  if (date.day === undefined || date.month === undefined) return undefined;
  return `${yearText(date.year)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Grouping key "YYYY-MM", or "YYYY" for a date known only to the year ("-0044-03" BCE). */
export function monthKey(date: PartialDate): string {
  return date.month === undefined
    ? yearText(date.year)
    : `${yearText(date.year)}-${pad(date.month)}`;
}

/** A year as dates write it: "2025", "0044", "-0044" (44 BCE). */
export function yearText(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/**
 * The day `ms` falls on at UTC, as a date's text ("2025-02-11", "-0044-03-15"): the inverse of
 * parsing a day, for ranges written into links. In deep time, the year ("-4600000000").
 */
export function utcDayText(ms: number): string {
  if (!isCalendarTime(ms)) return yearText(yearAt(ms));
  const d = new Date(ms);
  const astro = d.getUTCFullYear();
  const year = astro <= 0 ? astro - 1 : astro;
  return `${yearText(year)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
