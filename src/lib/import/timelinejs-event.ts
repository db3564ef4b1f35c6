/**
 * What TimelineJS JSON and the TimelineJS spreadsheet share: dates given in parts (year, month,
 * day, time) and HTML texts. Both become Parley events the same way:
 *
 * - the date keeps the precision given: a year alone is "2025", a year and month "2025-08";
 * - TimelineJS times carry no time zone (it shows them in each reader's own zone), so Parley
 *   cannot place them: the date is kept to the day and the time goes into a note, as written;
 * - a display date ("Summer 2025") goes into a note too, so nothing the author wrote is lost;
 * - headline and text are HTML: they become plain text, and http(s) links in them become the
 *   event's sources; `group` becomes the lane (`track`).
 */
import { DEEPEST_YEAR, EARLIEST_BCE_YEAR, isDeepYear, pad, yearText } from '../model/dates';
import { quote } from '../model/validate';
import { htmlToText, oneLine } from './html-to-text';
import type { DraftProblem } from './types';

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  /** Already a time of day, as written ("17:00", "5 PM"), or built from hour/minute/second. */
  time?: string;
}

/** Names each part for messages: "events[3].start_date.month" or "row 5, column Month". */
export type PartName = (part: 'year' | 'month' | 'day') => string;

/** Counts for the preview's warnings. */
export class Tally {
  html = 0;
  timed = 0;
  displayDates = 0;
  linkSources = 0;
  backgrounds = 0;
  /** Slides without a headline, titled from their text or date. */
  untitled = 0;
  /** Eras without a headline, named by their dates. */
  untitledEras = 0;
  /** unique_id values that could not be kept (repeated, or not usable as an id). */
  idsChanged = 0;

  warnings(): string[] {
    const out: string[] = [];
    const n = (count: number, one: string, many = one + 's') =>
      `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
    if (this.html)
      out.push(`HTML was turned into plain text in ${n(this.html, 'text')}; scripts were removed.`);
    if (this.timed)
      out.push(
        `Times without a time zone were kept as dates: ${n(this.timed, 'event')}. Each time is kept, as written, in a note on its event.`,
      );
    if (this.displayDates)
      out.push(`Display dates were kept in a note: ${n(this.displayDates, 'event')}.`);
    if (this.linkSources)
      out.push(`Links in the text became sources: ${n(this.linkSources, 'link')}.`);
    if (this.backgrounds)
      out.push(`Backgrounds are not imported (${n(this.backgrounds, 'event')} had one).`);
    if (this.untitled)
      out.push(
        this.untitled === 1
          ? '1 event has no headline: it was titled from its text or its date.'
          : `${n(this.untitled, 'event')} have no headline: each was titled from its text or its date.`,
      );
    if (this.untitledEras)
      out.push(
        this.untitledEras === 1
          ? '1 era has no headline: it was named by its dates.'
          : `${n(this.untitledEras, 'era')} have no headline: each was named by its dates.`,
      );
    if (this.idsChanged)
      out.push(
        `${n(this.idsChanged, 'unique_id was', 'unique_ids were')} repeated, or not usable as an id (spaces, < or >, over 200 characters): ${this.idsChanged === 1 ? 'that event got an id' : 'those events got ids'} of their own.`,
      );
    return out;
  }
}

/** A whole number from a number or a numeric text; undefined for empty. */
function whole(value: unknown): number | undefined | 'bad' {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'bad';
  if (typeof value !== 'string') return 'bad';
  const text = value.trim();
  if (text === '') return undefined;
  // Spreadsheets write "2025.0" when a column was once formatted as a number; cosmological
  // timelines write years such as -13800000000 (read whole, so the message says what is wrong).
  const m = /^([+-]?\d{1,15})(?:\.0*)?$/.exec(text);
  return m ? Number(m[1]) : 'bad';
}

function monthNumber(value: unknown): number | undefined | 'bad' {
  const n = whole(value);
  if (n !== 'bad' || typeof value !== 'string') return n;
  const name = value.trim().toLowerCase().slice(0, 3);
  const index = MONTH_NAMES.indexOf(name as (typeof MONTH_NAMES)[number]);
  return index === -1 ? 'bad' : index + 1;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value) : quote(String(JSON.stringify(value)));
}

/**
 * Parts → a Parley date at the precision given, or undefined when there is no year (the
 * caller decides whether that is allowed). Problems name the part.
 */
export function dateFromParts(
  parts: DateParts,
  field: 'start' | 'end',
  name: PartName,
  order: number,
  problems: DraftProblem[],
): string | undefined {
  const fail = (part: 'year' | 'month' | 'day', message: string) => {
    problems.push({ where: name(part), order, message, field });
    return undefined;
  };
  const year = whole(parts.year);
  const month = monthNumber(parts.month);
  const day = whole(parts.day);
  if (year === 'bad') return fail('year', `${shown(parts.year)} is not a year`);
  if (year === undefined) {
    if (month !== undefined || day !== undefined) return fail('year', 'is missing');
    return undefined;
  }
  // TimelineJS writes 44 BCE as -44, as Parley does (there is no year 0).
  if (year === 0) return fail('year', 'is 0: there is no year 0 (1 BCE is -1, 1 CE is 1)');
  if (year > 9999) return fail('year', `${year} is after 9999, the last year Parley shows`);
  // Cosmological timelines (13.8 billion years ago) are placed to the year, as TimelineJS does.
  if (year < DEEPEST_YEAR)
    return fail(
      'year',
      `${year.toLocaleString('en')} is further back than Parley places a year (${(-DEEPEST_YEAR).toLocaleString('en')} years ago)`,
    );
  if (isDeepYear(year) && (month !== undefined || day !== undefined))
    return fail(
      month !== undefined ? 'month' : 'day',
      `is given for ${year.toLocaleString('en')}, but before ${EARLIEST_BCE_YEAR.toLocaleString('en')} BCE Parley places years only: leave the month and day empty`,
    );
  if (month === 'bad') return fail('month', `${shown(parts.month)} is not a month`);
  if (month !== undefined && (month < 1 || month > 12))
    return fail('month', `there is no month ${month}`);
  if (day === 'bad') return fail('day', `${shown(parts.day)} is not a day of the month`);
  if (day !== undefined && month === undefined) return fail('day', 'is given without a month');
  if (day !== undefined && (day < 1 || day > 31)) return fail('day', `there is no day ${day}`);
  let date = yearText(year);
  if (month !== undefined) date += `-${pad(month)}`;
  if (day !== undefined) date += `-${pad(day)}`;
  return date;
}

/** HTML text → plain text, counted; undefined for empty. */
export function plain(value: unknown, tally: Tally): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const html = htmlToText(String(value));
  if (html.changed) tally.html++;
  return html.text || undefined;
}

/** As `plain`, on one line: for titles and lane names (html-to-text.ts, oneLine). */
export function plainLine(value: unknown, tally: Tally): string | undefined {
  const text = plain(value, tally);
  return text === undefined ? undefined : oneLine(text);
}

export interface TimelineEventInput {
  id?: string;
  headline: unknown;
  text: unknown;
  group: unknown;
  start?: string;
  end?: string;
  startTime?: string;
  endTime?: string;
  displayDate: unknown;
}

/** Parley event from the parts of a TimelineJS event or sheet row. */
export function timelineEvent(input: TimelineEventInput, tally: Tally): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  if (input.id !== undefined) event['id'] = input.id;
  const title = plainLine(input.headline, tally);
  if (title !== undefined) event['title'] = title;
  else {
    // TimelineJS shows a slide without a headline; Parley needs a title to draw and list it.
    event['title'] = untitled(
      plain(input.text, new Tally()),
      plain(input.displayDate, new Tally()),
      input.start,
    );
    tally.untitled++;
  }
  if (input.start !== undefined) event['start'] = input.start;
  if (input.end !== undefined && input.end !== input.start) event['end'] = input.end;
  const track = plainLine(input.group, tally);
  if (track !== undefined) event['track'] = track;

  const sources = linkSources([input.headline, input.text], tally);
  const summary = plain(input.text, tally);
  if (summary !== undefined) event['summary'] = summary;

  const notes: { topic: string; text: string }[] = [];
  const times = [
    input.startTime && `${input.startTime} (start)`,
    input.endTime && `${input.endTime} (end)`,
  ].filter(Boolean);
  if (times.length) {
    tally.timed++;
    notes.push({
      topic: 'time',
      text: `The TimelineJS file gives the time ${times.join(' and ')} with no time zone, so the date is kept to the day.`,
    });
  }
  const display = plain(input.displayDate, tally);
  if (display !== undefined) {
    tally.displayDates++;
    notes.push({ topic: 'date', text: `Shown in TimelineJS as “${display}”.` });
  }
  if (notes.length) event['notes'] = notes;
  if (sources.length) event['sources'] = sources;
  return event;
}

/** The longest title made from a slide's text. */
const MAX_DERIVED_TITLE = 80;
/** A "sentence" shorter than this ended at an abbreviation ("Dr. King", "Gen. Kellogg"). */
const MIN_SENTENCE = 6;

/**
 * A title for a slide without a headline: its text's first sentence (cut at a word, within
 * MAX_DERIVED_TITLE), else its display date, else its date as written.
 */
export function untitled(
  text: string | undefined,
  displayDate: string | undefined,
  start: string | undefined,
): string {
  const line = text?.trim().split('\n')[0] ?? '';
  const stops = [...line.matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1);
  const stop = stops.find((at) => at >= MIN_SENTENCE);
  const sentence = (stop === undefined ? line : line.slice(0, stop)).trim();
  if (sentence) {
    if (sentence.length <= MAX_DERIVED_TITLE) return sentence;
    const cut = sentence.slice(0, MAX_DERIVED_TITLE - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > MAX_DERIVED_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  if (displayDate) return displayDate;
  return start ? `Untitled (${start})` : 'Untitled';
}

/** http(s) links in the HTML, one source each (first label wins), publisher = the site. */
function linkSources(htmls: unknown[], tally: Tally): Record<string, string>[] {
  const byUrl = new Map<string, Record<string, string>>();
  for (const html of htmls) {
    if (typeof html !== 'string' || !html.includes('<')) continue;
    for (const link of htmlToText(html).links) {
      if (byUrl.has(link.url)) continue;
      const source: Record<string, string> = {
        url: link.url,
        publisher: new URL(link.url).hostname.replace(/^www\./, ''),
      };
      if (link.label && link.label !== link.url) source['title'] = link.label;
      byUrl.set(link.url, source);
    }
  }
  tally.linkSources += byUrl.size;
  return [...byUrl.values()];
}

/** hour/minute/second parts → "17:05" or "17:05:30"; problems name the part. */
export function timeFromParts(
  parts: { hour?: unknown; minute?: unknown; second?: unknown },
  name: (part: 'hour' | 'minute' | 'second') => string,
  order: number,
  problems: DraftProblem[],
): string | undefined {
  const hour = whole(parts.hour);
  const minute = whole(parts.minute);
  const second = whole(parts.second);
  if (hour === undefined) return undefined;
  const checks: ['hour' | 'minute' | 'second', number | undefined | 'bad', number, unknown][] = [
    ['hour', hour, 23, parts.hour],
    ['minute', minute, 59, parts.minute],
    ['second', second, 59, parts.second],
  ];
  for (const [part, value, max, raw] of checks) {
    if (value === 'bad' || (value !== undefined && (value < 0 || value > max))) {
      problems.push({ where: name(part), order, message: `${shown(raw)} is not a time of day` });
      return undefined;
    }
  }
  const m = typeof minute === 'number' ? minute : 0;
  const time = `${pad(hour as number)}:${pad(m)}`;
  return typeof second === 'number' && second !== 0 ? `${time}:${pad(second)}` : time;
}
