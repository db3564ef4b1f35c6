/**
 * Dates as conflict-event exports write them, read into Parley's `YYYY-MM-DD` — never with
 * `new Date(text)`, which reads "01/02/2020" as 2 January in one browser and fails in another:
 *
 *   2023-02-16, 2014-01-22T00:00:00, 2014-01-22 00:00:00.000   ISO, time of day ignored
 *   28 December 2022, 01-January-2015, 9-May-20, 9 May 2020    day, month name, year
 *   14/08/2020 00:00:00, 1/22/2014 12:00:00 AM, 22.01.2014     numbers: day and month in an
 *                                                               order the whole column decides
 *
 * A numeric column's order is decided from all its values (`numericOrder`): a first number over
 * 12 means day first, a second over 12 month first. When no value settles it, the importer asks.
 */
import { daysInMonth, pad } from '../model/dates';

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

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const NAMED = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})$/;
const NUMERIC =
  /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/** A two-digit year as spreadsheets mean it: 00–69 are 2000–2069, 70–99 are 1970–1999. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** "Dec", "December", "Sept" (any case) → 12, 12, 9; anything else, undefined. */
function monthOfName(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

export type EventDate = { ok: true; date: string } | { ok: false; reason: string };

function day(year: number, month: number, dayOfMonth: number, text: string): EventDate {
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${month}` };
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))
    return {
      ok: false,
      reason: `"${text}" is not a day: ${year}-${pad(month)} has no day ${dayOfMonth}`,
    };
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}` };
}

/** Whether a value is written with numbers only for day and month ("14/08/2020"). */
export function isNumericDate(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/**
 * One value as a Parley day. A numeric value needs the column's `order`; without it, the
 * answer says the order is not known (the caller decides it from the column, or asks).
 */
export function parseEventDate(raw: string, order?: DayMonthOrder): EventDate {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  let m = ISO.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = NAMED.exec(text);
  if (m) {
    const month = monthOfName(m[2] as string);
    if (month === undefined) return { ok: false, reason: `"${text}": "${m[2]}" is not a month` };
    return day(fullYear(m[3] as string), month, Number(m[1]), text);
  }
  m = NUMERIC.exec(text);
  if (m) {
    if (!order) return { ok: false, reason: `"${text}": the order of day and month is not known` };
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [d, mo] = order === 'day-first' ? [a, b] : [b, a];
    return day(fullYear(m[4] as string), mo, d, text);
  }
  return {
    ok: false,
    reason: `"${text}" is not a date Parley reads (such as 2023-02-16, 28 December 2022 or 14/08/2020)`,
  };
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
