/**
 * Dates as conflict-event exports and event sheets write them, read into Parley's date text at
 * the precision the value gives — `YYYY-MM-DD`, `YYYY-MM` (the month) or `YYYY` (the year) —
 * never with `new Date(text)`, which reads "01/02/2020" as 2 January in one browser and fails in
 * another:
 *
 *   2023-02-16, 2014-01-22T00:00:00, 2014-01-22 00:00:00.000   ISO, time of day ignored
 *   1848/07/19, 1848.07.19                                     year first: always year, month, day
 *   28 December 2022, 01-January-2015, 9-May-20, 9 May 2020    day, month name, year
 *   December 7, 1941, Dec. 7, 1941, Dec 7th 1941               month name, day, year (US style)
 *   Sunday, 7 December 1941, 7th of December 1941              a day's name or "of" left aside
 *   14/08/2020 00:00:00, 1/22/2014 12:00:00 AM, 22.01.2014     numbers: day and month in an
 *                                                               order the whole column decides
 *   January 1944, Jan. 1944, 1869/12, 1869-12                  a month       → 1944-01, 1869-12
 *   1853, 800, 70, -44, -8000                                  a year        → 1853, 0800, 0070,
 *                                                               -0044 (44 BCE), -8000
 *   1850s                                                      a decade      → 1850 to 1859
 *   44 BC, 15 March 44 BCE, AD 800, March 800 CE               an era named  → -0044, -0044-03-15,
 *                                                               0800, 0800-03 (years as written)
 *   c. 1853, ca. 1853, circa 1853, ~1853, 1853?, about 1853    approximate   → 1853, `approximate`
 *
 * A numeric column's order is decided from all its values (`numericOrder`): a first number over
 * 12 means day first, a second over 12 month first. When no value settles it, the importer asks.
 * A year-first value is never in question, so it takes no part in that decision.
 *
 * Conflict exports (ACLED, UCDP) always give the day: they read with `parseEventDay`, which
 * refuses a month or a year alone. An event sheet's own columns may give less (`parseEventDate`).
 */
import { daysInMonth, pad, parseDate, yearText } from '../model/dates';

export type DayMonthOrder = 'day-first' | 'month-first';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NAMED = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([A-Za-z]{3,9})\.?,?[\s-]+(\d{2,4})$/;
/** A day's name before the date, as a spreadsheet's long date writes it ("Sunday, 7 December 1941"). */
const WEEKDAY =
  /^(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+(?=\S)/i;
/** "December 7, 1941", "Dec. 7, 1941", "Dec 7th 1941": US style, the year always in full. */
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{3,4})$/;
/** "January 1944", "Jan. 1944", "Jan-1944": a month, the year in full. */
const MONTH_YEAR = /^([A-Za-z]{3,9})\.?,?[\s-]+(\d{3,4})$/;
/** "1848/07/19", "1848.07.19" (with "-" it is ISO, above): year, month, day, in that order. */
const YEAR_FIRST =
  /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
/** "1869/12", "1869-12": a month. */
const YEAR_MONTH = /^(\d{4})[/-](\d{1,2})$/;
/**
 * A year alone: "1853", "800", "70", or signed as code-made sheets write BCE, "-44" for 44 BCE
 * (as Parley and TimelineJS count, with no year 0) and "-8000". Five digits or more only signed:
 * a positive one is more likely a spreadsheet's day number than a year.
 */
const YEAR = /^(?:\d{1,4}|-\d{1,12})$/;
/** "44 BC", "44 B.C.E.", "800 AD", "AD 800", "800 CE": the era, and the rest of the date. */
/** An era's word as sheets write it: BC, BCE, B.C., B.C.E., AD, A.D., CE, C.E. (any case). */
const ERA_WORD = String.raw`B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?`;
const ERA_AFTER = new RegExp(String.raw`^(.*\d)\s*(${ERA_WORD})$`, 'i');
const ERA_BEFORE = /^(A\.?D\.?)\s*(\d.*)$/i;
/** With an era, the year is as written, of 1 to 4 digits: "44", "15 March 44", "March 44". */
const ERA_YEAR = /^(\d{1,4})$/;
const ERA_MONTH = /^([A-Za-z]{3,9})\.?,?\s+(\d{1,4})$/;
const ERA_DAY = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{1,4})$/;
const ERA_DAY_MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{1,4})$/;
const NUMERIC =
  /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/** A two-digit year as spreadsheets mean it: 00–69 are 2000–2069, 70–99 are 1970–1999. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** "Dec", "December", "Sept" (any case) → 12, 12, 9; anything else, undefined. */
function monthOfName(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** `unread`: no form of date matched at all (rather than a form with a wrong day or month). */
export type EventDate = { ok: true; date: string } | { ok: false; reason: string; unread?: true };

function day(year: number, month: number, dayOfMonth: number, text: string): EventDate {
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${month}` };
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))
    return {
      ok: false,
      reason: `"${text}" is not a day: ${year}-${pad(month)} has no day ${dayOfMonth}`,
    };
  return { ok: true, date: `${yearText(year)}-${pad(month)}-${pad(dayOfMonth)}` };
}

/** Whether a value is written with numbers only for day and month ("14/08/2020"). */
export function isNumericDate(text: string): boolean {
  return NUMERIC.test(text.trim());
}

function month(year: number, monthOfYear: number, text: string): EventDate {
  if (monthOfYear < 1 || monthOfYear > 12)
    return { ok: false, reason: `"${text}" has no month ${monthOfYear}` };
  if (year === 0) return { ok: false, reason: `"${text}": there is no year 0` };
  return { ok: true, date: `${yearText(year)}-${pad(monthOfYear)}` };
}

/** A month written by its name ("Dec", "December"), or the reason it is not one. */
function named(name: string, text: string): number | { ok: false; reason: string } {
  return monthOfName(name) ?? { ok: false, reason: `"${text}": "${name}" is not a month` };
}

/**
 * One value as a Parley date, at the precision it gives: a day (`YYYY-MM-DD`), a month
 * (`YYYY-MM`) or a year (`YYYY`). A numeric day-and-month value needs the column's `order`;
 * without it, the answer says the order is not known (the caller decides it from the column, or
 * asks). A year-first value needs no order.
 */
export function parseEventDate(raw: string, order?: DayMonthOrder): EventDate {
  const text = raw.trim().replace(WEEKDAY, '');
  if (text === '') return { ok: false, reason: 'is empty' };
  let m = ISO.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = YEAR_FIRST.exec(text);
  if (m) return day(Number(m[1]), Number(m[3]), Number(m[4]), text);
  m = NAMED.exec(text);
  if (m) {
    const mo = named(m[2] as string, text);
    return typeof mo === 'number' ? day(fullYear(m[3] as string), mo, Number(m[1]), text) : mo;
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const mo = named(m[1] as string, text);
    return typeof mo === 'number' ? day(Number(m[3]), mo, Number(m[2]), text) : mo;
  }
  m = MONTH_YEAR.exec(text);
  if (m) {
    const mo = named(m[1] as string, text);
    return typeof mo === 'number' ? month(Number(m[2]), mo, text) : mo;
  }
  m = YEAR_MONTH.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]), text);
  if (YEAR.test(text))
    return Number(text) === 0
      ? { ok: false, reason: `"${text}": there is no year 0` }
      : { ok: true, date: yearText(Number(text)) };
  const era = ERA_AFTER.exec(text) ?? ERA_BEFORE.exec(text);
  if (era) return withEra(era, text);
  m = NUMERIC.exec(text);
  if (m) {
    if (!order) return { ok: false, reason: `"${text}": the order of day and month is not known` };
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [d, mo] = order === 'day-first' ? [a, b] : [b, a];
    return day(fullYear(m[4] as string), mo, d, text);
  }
  return {
    ok: false,
    reason: `"${text}" is not a date Parley reads (such as 2023-02-16; 28 December 2022; December 28, 2022; 14/08/2020; 2022-12; 2022; c. 1853; 44 BC)`,
    unread: true,
  };
}

/** A date with its era named ("44 BC", "AD 800"): its year as written, before or after 1 CE. */
function withEra(match: RegExpExecArray, text: string): EventDate {
  const before = ERA_BEFORE.test(text);
  const [eraWord, rest] = before ? [match[1]!, match[2]!] : [match[2]!, match[1]!.trim()];
  const sign = /^B/i.test(eraWord) ? -1 : 1;
  const year = (written: string) => sign * Number(written);
  let m = ERA_YEAR.exec(rest);
  if (m)
    return Number(m[1]) === 0
      ? { ok: false, reason: `"${text}": there is no year 0` }
      : { ok: true, date: yearText(year(m[1]!)) };
  m = ERA_MONTH.exec(rest);
  if (m) {
    const mo = named(m[1]!, text);
    return typeof mo === 'number' ? month(year(m[2]!), mo, text) : mo;
  }
  m = ERA_DAY.exec(rest) ?? ERA_DAY_MONTH_FIRST.exec(rest);
  if (m) {
    const dayFirst = /^\d/.test(rest);
    const mo = named(dayFirst ? m[2]! : m[1]!, text);
    if (typeof mo !== 'number') return mo;
    if (Number(m[3]) === 0) return { ok: false, reason: `"${text}": there is no year 0` };
    return day(year(m[3]!), mo, Number(dayFirst ? m[1] : m[2]), text);
  }
  return {
    ok: false,
    reason: `"${text}" is not a date Parley reads (with an era, such as 44 BC, 15 March 44 BC or AD 800)`,
    unread: true,
  };
}

/** Whether Parley date `a` starts before `b` ("-0500" before "-0400", as text it is not). */
export function startsBefore(a: string, b: string): boolean {
  const first = parseDate(a);
  const second = parseDate(b);
  return first.ok && second.ok ? first.date.startMs < second.date.startMs : a < b;
}

/**
 * One value that must be a day, as conflict exports always give it: a month or a year alone
 * ("January 1944", "1853") is refused, saying so.
 */
export function parseEventDay(raw: string, order?: DayMonthOrder): EventDate {
  const parsed = parseEventDate(raw, order);
  if (!parsed.ok || parsed.date.length === 10) return parsed;
  const given = parsed.date.length === 7 ? 'a month' : 'a year';
  return {
    ok: false,
    reason: `"${raw.trim()}" is ${given}, not a day: this column gives each event’s day (such as 2023-02-16)`,
  };
}

export type EventSpan =
  | { ok: true; start: string; end?: string; openEnd?: string; approximate?: true }
  | { ok: false; reason: string; unread?: true };

/**
 * Words sheets put around a date the writer was not sure of: "c. 1853", "ca. 1853", "circa
 * 1853", "~1853", "about 1853", "around 1853", "abt 1853" (genealogy), "1853?", "1853 (?)",
 * "1853 approx.". One at each end at most.
 */
const APPROXIMATE_BEFORE =
  /^(?:circa|approximately|approx\.|approx|about|around|abt\.|abt|ca\.|ca|c\.|c|~)(?=[\s\d])\s*/i;
const APPROXIMATE_AFTER = /\s*(?:\?|\(\?\)|\[\?\]|\(?(?:approximately|approx\.|approx|circa)\)?)$/i;

/** `raw` without the words that make it approximate, and whether it had any. */
export function withoutApproximation(raw: string): { text: string; approximate: boolean } {
  const text = raw.trim();
  const bare = text.replace(APPROXIMATE_BEFORE, '').replace(APPROXIMATE_AFTER, '').trim();
  return bare === '' || bare === text
    ? { text, approximate: false }
    : { text: bare, approximate: true };
}

/**
 * Where a cell gives a span, its two sides: "1939–1945", "1853 - 1860", "1 May to 3 May
 * 2020", and the hyphenated forms sheets write without spaces, "1853-1860", "1939-45",
 * "April-May 1945" and "7-9 May 2020" (a hyphen alone is otherwise part of a date, as in
 * 2023-02-16).
 */
const SPAN_SEPARATOR = /^(.+?)\s*(?:[\u2013\u2014]|\s-\s|\s+to\s+|\s+until\s+)\s*(.+)$/i;
/** "April 6-7, 1862", "Nov 16-Dec 10, 1864": US-style days joined by a hyphen alone. */
const MONTH_FIRST_SPAN =
  /^([A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)-((?:[A-Za-z]{3,9}\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+\d{3,4})$/;
/** A day and a year with no month ("7, 1862"): the end of "April 6–7, 1862". */
const DAY_YEAR = /^\d{1,2}(?:st|nd|rd|th)?,?\s+\d{3,4}$/;
/** "500-400 BC", "44 BC-14 AD": years with an era, joined by a hyphen alone. */
const HYPHEN_ERA_SPAN = new RegExp(
  String.raw`^(\d{1,4}(?:\s*(?:${ERA_WORD}))?)\s*-\s*(\d{1,4}\s*(?:${ERA_WORD}))$`,
  'i',
);
const HYPHEN_SPAN =
  /^(\d{4}|[A-Za-z]{3,9}\.?|\d{1,2})-(\d{4}|\d{2}|[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})$/;

/** The two sides of a cell that reads as a span ("1939–1945"), or undefined. */
export function spanSides(raw: string): [string, string] | undefined {
  const text = raw.trim();
  const sides =
    SPAN_SEPARATOR.exec(text) ??
    HYPHEN_SPAN.exec(text) ??
    HYPHEN_ERA_SPAN.exec(text) ??
    MONTH_FIRST_SPAN.exec(text);
  return sides ? [sides[1]!.trim(), sides[2]!.trim()] : undefined;
}

/**
 * A cell that gives one date, or a span of two: the end side whole, the start side whole or
 * taking what it leaves out from the end side ("April-May 1945": April 1945 to May 1945;
 * "7-9 May 2020": 7 to 9 May 2020; "1939-45": 1939 to 1945), or an end that has not come
 * ("1990 – present": `openEnd`). A span that ends before it starts is refused, by the
 * validator's rule (the end's first instant before the start's).
 */
export function parseEventSpan(raw: string, order?: DayMonthOrder): EventSpan {
  const span = exactSpan(raw, order);
  if (span.ok) return span;
  // "c. 1853", "1853?", "c. 1869-12": read whole without those words, and marked approximate;
  // "c. 1939 – c. 1945": each side without them. When that read fails too, its reason is the
  // one to give ("no day 30" rather than "not a date" for "c. 30 February 1853").
  const whole = withoutApproximation(raw);
  let read: EventSpan | undefined = whole.approximate ? exactSpan(whole.text, order) : undefined;
  if (!read?.ok) {
    const sides = spanSides(whole.text)?.map(withoutApproximation);
    if (sides?.some((side) => side.approximate))
      read = exactSpan(`${sides[0]!.text} – ${sides[1]!.text}`, order);
  }
  if (!read) return span;
  return read.ok ? { ...read, approximate: true } : telling(span, read);
}

/**
 * Of two failed reads of a value, with and without its words of approximation, the one whose
 * reason says more: "no day 30" from the second, but "“circa someday” is not a date" from the
 * first, naming the cell as written.
 */
function telling<F extends { ok: false; unread?: true }>(asWritten: F, withoutWords: F): F {
  return withoutWords.unread ? asWritten : withoutWords;
}

/**
 * One value as parseEventDate reads it, or, when that fails, read again without words that make
 * it approximate ("c. 1860", "1860?"), saying so, or why that read failed.
 */
export function parseLooseDate(
  raw: string,
  order?: DayMonthOrder,
): EventDate & { approximate?: true } {
  const exact = parseEventDate(raw, order);
  const loose = withoutApproximation(raw);
  if (exact.ok || !loose.approximate) return exact;
  const read = parseEventDate(loose.text, order);
  return read.ok ? { ...read, approximate: true } : telling(exact, read);
}

/** A value's text without words of approximation and, for a span, its sides' (for numericOrder). */
export function plainDateTexts(raw: string): string[] {
  const whole = withoutApproximation(raw).text;
  return (spanSides(whole) ?? [whole]).map((side) => withoutApproximation(side).text);
}

/** "1850s": a decade, 1850 to 1859. */
const DECADE = /^(\d{3})0['’]?s$/;

/** parseEventSpan, for a cell with no words of approximation. */
function exactSpan(raw: string, order?: DayMonthOrder): EventSpan {
  const text = raw.trim();
  const decade = DECADE.exec(text);
  if (decade) return { ok: true, start: `${decade[1]}0`, end: `${decade[1]}9` };
  const whole = parseEventDate(text, order);
  if (whole.ok) return { ok: true, start: whole.date };
  const sides = spanSides(text);
  if (!sides) return whole;
  // A dash with spaces, "to" or "until" can only be a span: a side that fails says why.
  const surely = SPAN_SEPARATOR.test(text);
  const [left, right] = sides;
  const openEnd = isOpenEnd(right);
  const end = openEnd ? undefined : endOfSpan(left, right, order);
  if (end && !end.ok) return surely ? end : whole;
  const start = startOfSpan(left, right, order);
  if (!start.ok) return surely ? start : whole;
  if (openEnd) return { ok: true, start: start.date, openEnd: right };
  const last = (end as { ok: true; date: string }).date;
  if (startsBefore(last, start.date))
    return { ok: false, reason: `"${text}" ends before it starts` };
  return last === start.date
    ? { ok: true, start: last }
    : { ok: true, start: start.date, end: last };
}

/**
 * The end side of a span; "45" after a year is that year's century ("1939-45": 1945), or the
 * next one when it would come before ("1999-00": 2000).
 */
function endOfSpan(left: string, right: string, order?: DayMonthOrder): EventDate {
  if (/^\d{2}$/.test(right) && /^\d{4}$/.test(left)) {
    const century = Number(left.slice(0, 2)) + (right > left.slice(2) ? 0 : 1);
    return { ok: true, date: `${century}${right}` };
  }
  // "April 6–7, 1862": the end takes the start's month.
  const startMonth = /^([A-Za-z]{3,9}\.?)\s+\d/.exec(left);
  if (startMonth && DAY_YEAR.test(right)) return parseEventDate(`${startMonth[1]} ${right}`, order);
  return parseEventDate(right, order);
}

/** The start side of a span: read whole, or completed by the end side's last words. */
function startOfSpan(left: string, right: string, order?: DayMonthOrder): EventDate {
  // "500–400 BC": the start is 500 BC, not 500 CE. Only a year takes the era so: in
  // "20–25 July 10 BC" the 20 is a day, completed below from the end's words.
  const era = ERA_AFTER.exec(right);
  if (era && /^\d{1,4}$/.test(left) && ERA_YEAR.test(era[1]!.trim())) {
    const inEra = parseEventDate(`${left} ${era[2]}`, order);
    if (inEra.ok) return inEra;
  }
  const words = right.split(/\s+/);
  const completed = () => {
    for (let k = 1; k < words.length; k++) {
      const read = parseEventDate(`${left} ${words.slice(k).join(' ')}`, order);
      if (read.ok) return read;
    }
    return undefined;
  };
  // "7–9 May 2020": a number before a month's name is a day, though "7" alone reads as a year.
  const isDay =
    /^\d{1,2}(?:st|nd|rd|th)?$/.test(left) &&
    words.some((word) => monthOfName(word.replace(/[.,]$/, '')) !== undefined);
  if (isDay) return completed() ?? parseEventDate(left, order);
  const alone = parseEventDate(left, order);
  return alone.ok ? alone : (completed() ?? alone);
}

/** Words an end column uses for a span still going on: "Present", "ongoing", "today", "now". */
const OPEN_END = /^(?:present|ongoing|on-going|today|now|current|continuing|to date)\.?$/i;

/** Whether an end value says the span has not ended ("Present"), rather than giving a date. */
export function isOpenEnd(raw: string): boolean {
  return OPEN_END.test(raw.trim());
}

export type OrderDecision =
  | { order: DayMonthOrder; settledBy?: string }
  | { order: undefined; reason: 'no-numeric' | 'undecided' | 'both'; examples: string[] };

/**
 * The day/month order of a column's numeric dates: a first number over 12 settles day first
 * ("14/08/2020"), a second number over 12 month first ("1/22/2014"). `settledBy` is the first
 * value that settled it, for the message. Both at once, or neither, is undecided.
 */
export function numericOrder(values: Iterable<string>): OrderDecision {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  const examples: string[] = [];
  let numeric = 0;
  for (const raw of values) {
    const m = NUMERIC.exec(raw.trim());
    if (!m) continue;
    numeric++;
    if (examples.length < 3 && !examples.includes(raw.trim())) examples.push(raw.trim());
    if (Number(m[1]) > 12) dayFirst ??= raw.trim();
    if (Number(m[3]) > 12) monthFirst ??= raw.trim();
  }
  if (numeric === 0) return { order: undefined, reason: 'no-numeric', examples };
  if (dayFirst && monthFirst)
    return { order: undefined, reason: 'both', examples: [dayFirst, monthFirst] };
  if (dayFirst) return { order: 'day-first', settledBy: dayFirst };
  if (monthFirst) return { order: 'month-first', settledBy: monthFirst };
  return { order: undefined, reason: 'undecided', examples };
}

/** A numeric date read in `order`, in words ("1 February 2020"), for the reader's choice. */
export function spelled(text: string, order: DayMonthOrder): string {
  const parsed = parseEventDate(text, order);
  if (!parsed.ok) return 'not a date';
  const [y, m, d] = parsed.date.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1] ?? '';
  return `${d} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${y}`;
}
