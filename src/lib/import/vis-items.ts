/**
 * vis-timeline items: `[{ id, content, start, end?, group?, title?, type? }]`, or
 * `{ items: [...], groups: [{ id, content }] }`.
 *
 * - `content` (HTML) is the title and `title` (the tooltip, HTML) the summary, as plain text.
 * - `start`/`end` are ISO texts or epoch milliseconds. A date-only text keeps its precision.
 *   A date-time with `Z` or an offset stays a timed date (milliseconds dropped). A date-time
 *   without a zone is read by vis in each viewer's own zone, so Parley cannot place it: the
 *   day is kept and the time goes into a note. Milliseconds since 1970 are an instant, kept
 *   as a UTC time.
 * - `group` becomes the lane: the group's `content` when `groups` are given, else the id.
 * - `type: "background"` items are shaded periods, not events: left out, with a warning.
 */
import { pad } from '../model/dates';
import { quote } from '../model/validate';
import { htmlToText, oneLine } from './html-to-text';
import { IdPool, slugId } from './ids';
import { plain, plainLine, Tally } from './timelinejs-event';
import type { Draft, DraftProblem } from './types';

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A year as Parley writes it: four digits, or before year 1 a minus and four or more. */
const DATE_ONLY = /^(?:\d{4}|-\d{4,})(?:-\d{2}(?:-\d{2})?)?$/;
const DATE_TIME =
  /^((?:\d{4}|-\d{4,})-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** ±100,000,000 days around 1970 is all a Date can hold. */
const MAX_EPOCH_MS = 8.64e15;

/**
 * ISO 8601's expanded years, as vis-timeline (through moment) and `Date.toISOString` write a
 * year outside 0–9999: a sign and six digits, counted astronomically: year 0 is 1 BCE, so
 * "-000400" is 401 BCE. Parley counts as historians do (there is no year 0).
 */
const EXPANDED_YEAR = /^([+-])(\d{6})(?=-|T|$)/;

type When = { date: string; time?: string; era?: string } | { problem: string };

/**
 * The astronomical year `year` as Parley writes it ("0044", "-0401"), with a note of the count
 * for a year before 1; a problem for one after 9999.
 */
function writtenYear(year: number, asGiven: string): { year: string; era?: string } | string {
  if (year > 9999) return `${quote(asGiven)} is after the year 9999`;
  if (year >= 1) return { year: pad(year, 4) };
  const bce = 1 - year;
  return {
    year: `-${pad(bce, 4)}`,
    era: `${quote(asGiven)} counts years as ISO 8601 does, with a year 0: it is ${bce.toLocaleString('en')} BCE.`,
  };
}

export function whenOf(value: unknown): When {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_EPOCH_MS) {
      return { problem: `${value} is not a time in milliseconds since 1970` };
    }
    const d = new Date(value);
    const year = writtenYear(d.getUTCFullYear(), String(value));
    if (typeof year === 'string') return { problem: year };
    const seconds = d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : '';
    // An instant leaves no doubt about its year: no note on how it was counted.
    return {
      date: `${year.year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds}Z`,
    };
  }
  if (typeof value !== 'string') {
    return { problem: 'must be a date such as "2025-02-11" or a number of milliseconds' };
  }
  const given = value.trim();
  const expanded = EXPANDED_YEAR.exec(given);
  let text = given;
  let era: string | undefined;
  if (expanded) {
    const year = writtenYear(Number(`${expanded[1]}${expanded[2]}`), given);
    if (typeof year === 'string') return { problem: year };
    text = year.year + given.slice(expanded[0].length);
    era = year.era;
  } else if (given.startsWith('-')) {
    // Parley's own "-0044" means 44 BCE, ISO's 45 BCE: only the expanded form says which.
    return {
      problem: `${quote(given)} is not an ISO date: a year before 1 has six digits and a sign, as in "-000400-01-01"`,
    };
  }
  const withEra = <T extends object>(when: T): T => (era ? { ...when, era } : when);
  if (DATE_ONLY.test(text)) return withEra({ date: text });
  const m = DATE_TIME.exec(text);
  if (!m) {
    return {
      problem: `${quote(given)} is not an ISO date such as "2025-02-11" or "2025-02-11T14:00:00Z"`,
    };
  }
  const [, day, hh, mm, ss, zone] = m;
  const seconds = ss && ss !== '00' ? `:${ss}` : '';
  if (!zone) return withEra({ date: day!, time: `${hh}:${mm}${seconds}` });
  return withEra({ date: `${day}T${hh}:${mm}${seconds}${normaliseZone(zone)}` });
}

/** "z" → "Z", "+03" → "+03:00", "+0300" → "+03:00". */
function normaliseZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

export function convertVisItems(json: unknown): Draft {
  const problems: DraftProblem[] = [];
  const warnings: string[] = [];
  const indexOf: number[] = [];
  const itemsKey = Array.isArray(json) ? '' : 'items';
  const at = (i: number) => (itemsKey ? `items[${i}]` : `[${i}]`);
  const draft: Draft = {
    format: 'vis-items',
    problems,
    warnings,
    locate: (path) => {
      const m = /^events\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (!m) return { where: 'file', order: -1 };
      const i = indexOf[Number(m[1])] ?? Number(m[1]);
      const field = m[2] ? `.${FIELD_SOURCE[m[2]] ?? m[2]}` : '';
      return { where: `${at(i)}${field}`, order: i };
    },
  };
  const root = isObject(json) ? json : {};
  const items = Array.isArray(json) ? json : root['items'];
  if (!Array.isArray(items)) {
    problems.push({ where: 'items', order: -1, message: 'must be a list of vis-timeline items' });
    return draft;
  }
  const groups = groupNames(root['groups'], problems);

  const tally = new Tally();
  let backgrounds = 0;
  /** Items with a year before 1, counted as ISO 8601 counts (expanded years). */
  let isoYears = 0;
  let unknownGroups = 0;
  const ids = new IdPool();
  const given: (string | undefined)[] = items.map((item) => {
    const id = isObject(item) ? item['id'] : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : undefined;
  });
  given.forEach((id) => id && ids.reserve(id));

  const firstItemOf = new Map<string, number>();
  const events: Obj[] = [];
  items.forEach((item, i) => {
    if (!isObject(item)) {
      problems.push({ where: at(i), order: i, message: 'must be an object' });
      return;
    }
    if (item['type'] === 'background') {
      backgrounds++;
      return;
    }
    const order = events.length;
    indexOf.push(i);
    const event: Obj = {};
    const title = plainLine(item['content'], tally);
    if (title !== undefined) event['title'] = title;
    const notes: string[] = [];
    const eraNotes: string[] = [];
    for (const key of ['start', 'end'] as const) {
      if (item[key] === undefined || item[key] === null) {
        if (key === 'start')
          problems.push({ where: `${at(i)}.start`, order, message: 'is missing', field: key });
        continue;
      }
      const when = whenOf(item[key]);
      if ('problem' in when) {
        problems.push({ where: `${at(i)}.${key}`, order, message: when.problem, field: key });
        continue;
      }
      event[key] = when.date;
      if (when.time) notes.push(`${when.time} (${key})`);
      if (when.era) eraNotes.push(when.era);
    }
    if (event['end'] !== undefined && event['end'] === event['start']) delete event['end'];
    const eventNotes: { topic: string; text: string }[] = [];
    if (notes.length) {
      tally.timed++;
      eventNotes.push({
        topic: 'time',
        text: `The vis-timeline file gives the time ${notes.join(' and ')} with no time zone, so the date is kept to the day.`,
      });
    }
    // Whoever wrote "-000400" may have meant 400 BCE: the note says how it was counted.
    for (const text of eraNotes) eventNotes.push({ topic: 'date', text });
    if (eraNotes.length) isoYears++;
    if (eventNotes.length) event['notes'] = eventNotes;
    const summary = plain(item['title'], tally);
    if (summary !== undefined) event['summary'] = summary;
    const group = item['group'];
    if (typeof group === 'string' || typeof group === 'number') {
      const name = groups?.get(String(group));
      if (groups && name === undefined) unknownGroups++;
      const track = name ?? plainLine(group, tally);
      if (track !== undefined) event['track'] = track;
    }
    const id = given[i];
    if (id) {
      const first = firstItemOf.get(id);
      if (first === undefined) firstItemOf.set(id, i);
      else
        problems.push({
          where: `${at(i)}.id`,
          order,
          message: `${quote(id)} is also the id of ${at(first)}; ids must be unique`,
          field: 'id',
        });
    }
    const start = typeof event['start'] === 'string' ? event['start'] : '';
    event['id'] = id || ids.unique(slugId(title ?? '', start));
    events.push(event);
  });

  warnings.push(...tally.warnings());
  if (isoYears)
    warnings.push(
      `${isoYears} ${isoYears === 1 ? 'item has a date' : 'items have dates'} before year 1, written as ISO 8601 counts years, with a year 0: "-000400" is 401 BCE. Each has a note saying so.`,
    );
  if (backgrounds)
    warnings.push(
      `Background items are shaded periods, not events, and were not imported: ${backgrounds}.`,
    );
  if (unknownGroups)
    warnings.push(
      `${unknownGroups} items name a group that is not in "groups"; the group id is their lane.`,
    );
  if (events.length === 0 && problems.length === 0) {
    problems.push({ where: 'items', order: -1, message: 'is empty: there is nothing to import' });
  }
  draft.chronology = { events };
  return draft;
}

const FIELD_SOURCE: Record<string, string> = {
  title: 'content',
  summary: 'title',
  track: 'group',
  notes: 'start',
};

/** Group id → its name (content as text); undefined when the file gives no groups. */
function groupNames(value: unknown, problems: DraftProblem[]): Map<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ where: 'groups', order: -1, message: 'must be a list of {id, content}' });
    return undefined;
  }
  const names = new Map<string, string>();
  value.forEach((group, i) => {
    if (!isObject(group)) return;
    const id = group['id'];
    if (typeof id !== 'string' && typeof id !== 'number') {
      problems.push({ where: `groups[${i}].id`, order: -1, message: 'is missing' });
      return;
    }
    const content = group['content'];
    const name =
      typeof content === 'string' || typeof content === 'number'
        ? oneLine(htmlToText(String(content)).text)
        : '';
    names.set(String(id), name || String(id));
  });
  return names;
}
