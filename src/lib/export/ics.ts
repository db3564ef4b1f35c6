/**
 * The selection as an iCalendar file (RFC 5545) that calendar apps import as a separate calendar.
 *
 * Dates keep their meaning, never the machine's zone:
 * - a civil date (no time) is an all-day event: DTSTART;VALUE=DATE, and DTEND the day after the
 *   last day (exclusive, as the RFC wants);
 * - a date known only to the month or year is all-day across the whole month or year, and the
 *   description says "(date known to the month)" so nobody reads it as a month-long meeting;
 * - a timed date is an instant, written in UTC (`…Z`), so no VTIMEZONE is needed.
 */
import { civilDay, isTimed, mustParseDate, type PartialDate } from '../model/dates';
import type { ChronologyEvent, Source } from '../model/types';
import { formatDateRange } from '../format/dates';
import { kindLabel, placeLabel, statusLabel } from '../format/labels';
import { escapeIcsText, icsDate, icsUtcDateTime, joinIcsLines } from './ics-text';
import {
  eventSources,
  exportFileName,
  notesByEvent,
  slugify,
  sourcesById,
  type ExportFile,
  type ExportSelection,
  type UserNote,
} from './selection';

export interface IcsOptions extends ExportSelection {
  /** The stored dataset's id ("curated"): makes UIDs stable across exports. Default: title slug. */
  datasetId?: string;
  /** A link to the event in Parley, written as URL when it is http(s). */
  linkTo?: (eventId: string) => string;
}

export const ICS_PRODID = '-//Parley//Parley chronology export//EN';

export function exportIcs(options: IcsOptions): ExportFile {
  const { chronology, events } = options;
  const registry = sourcesById(options.chronology);
  const notes = notesByEvent(options);
  const calendarName = chronology.title ?? 'Parley chronology';
  const domain = `${slugify(options.datasetId ?? chronology.title ?? '')}.parley`;
  const stamp = icsUtcDateTime(options.now.getTime());

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
  ];
  // iCalendar dates are years 0000 to 9999 (RFC 5545): a calendar cannot hold an event before
  // the common era, so such events are left out, and the warnings count them.
  const before = events.filter((event) => mustParseDate(event.start).year < 1);
  for (const event of events) {
    if (before.includes(event)) continue;
    lines.push(
      ...eventLines(event, {
        uid: `${escapeIcsText(event.id)}@${domain}`,
        stamp,
        sources: eventSources(event, registry),
        note: notes.get(event.id),
        link: options.linkTo ? httpUrl(options.linkTo(event.id)) : undefined,
      }),
    );
  }
  lines.push('END:VCALENDAR');

  return {
    fileName: exportFileName(chronology, options.now, 'ics'),
    mimeType: 'text/calendar;charset=utf-8',
    text: joinIcsLines(lines),
    warnings: [
      ...(events.length === 0 ? ['No events are selected: the calendar is empty.'] : []),
      ...(before.length
        ? [
            `${before.length.toLocaleString('en')} ${before.length === 1 ? 'event is' : 'events are'} before the common era and left out: calendars hold the years 1 to 9999.`,
          ]
        : []),
    ],
  };
}

interface EventContext {
  uid: string;
  stamp: string;
  sources: Source[];
  note?: UserNote;
  link?: string;
}

function eventLines(event: ChronologyEvent, context: EventContext): string[] {
  const start = mustParseDate(event.start);
  const end = event.end === undefined ? undefined : mustParseDate(event.end);
  const lines = ['BEGIN:VEVENT', `UID:${context.uid}`, `DTSTAMP:${context.stamp}`];
  lines.push(...dateLines(start, end));
  lines.push(`SUMMARY:${escapeIcsText(event.title)}`);
  lines.push(`DESCRIPTION:${escapeIcsText(description(event, start, end, context))}`);
  const place = placeLabel(event.location);
  if (place) lines.push(`LOCATION:${escapeIcsText(place)}`);
  const { lat, lon } = event.location ?? {};
  if (lat !== undefined && lon !== undefined) lines.push(`GEO:${icsFloat(lat)};${icsFloat(lon)}`);
  const kind = kindLabel(event.kind);
  if (kind) lines.push(`CATEGORIES:${escapeIcsText(kind)}`);
  if (context.link) lines.push(`URL:${context.link}`);
  lines.push('END:VEVENT');
  return lines;
}

function dateLines(start: PartialDate, end: PartialDate | undefined): string[] {
  if (!isTimed(start)) {
    const endExclusive = end ? dayAfterLastDay(end) : start.endMs;
    return [
      `DTSTART;VALUE=DATE:${icsDate(start.startMs)}`,
      `DTEND;VALUE=DATE:${icsDate(endExclusive)}`,
    ];
  }
  const lines = [`DTSTART:${icsUtcDateTime(start.startMs)}`];
  if (end && isTimed(end) && end.startMs > start.startMs) {
    lines.push(`DTEND:${icsUtcDateTime(end.startMs)}`);
  } else if (end && !isTimed(end)) {
    // A timed start with a civil end: the end of that day on the venue's clock.
    lines.push(`DTEND:${icsUtcDateTime(end.endMs - (start.offsetMinutes ?? 0) * 60_000)}`);
  }
  return lines;
}

/** The exclusive end of an all-day span: the day after the end's last day. */
function dayAfterLastDay(end: PartialDate): number {
  if (!isTimed(end)) return end.endMs;
  const day = civilDay(end);
  return day === undefined ? end.endMs : mustParseDate(day).endMs;
}

const PRECISION_WORDS: Partial<Record<PartialDate['precision'], string>> = {
  year: 'date known to the year',
  month: 'date known to the month',
};

function description(
  event: ChronologyEvent,
  start: PartialDate,
  end: PartialDate | undefined,
  context: EventContext,
): string {
  const parts: string[] = [];
  if (event.summary) parts.push(event.summary);
  const precision = [PRECISION_WORDS[start.precision] ?? (end && PRECISION_WORDS[end.precision])]
    .concat(event.approximate ? ['approximate date'] : [])
    .filter(Boolean);
  if (precision.length) {
    parts.push(`${formatDateRange(start, end, event.approximate)} (${precision.join(', ')})`);
  }
  const status = statusLabel(event.status);
  if (status) parts.push(`Status: ${status}${event.statusNote ? ` (${event.statusNote})` : ''}`);
  if (context.sources.length) {
    parts.push(['Sources:', ...context.sources.map(sourceLine)].join('\n'));
  }
  const note = context.note;
  if (note && (note.text || note.starred)) {
    const label = note.starred ? 'Your note (starred)' : 'Your note';
    parts.push(note.text ? `${label}: ${note.text}` : 'Starred');
  }
  return parts.join('\n\n');
}

function sourceLine(source: Source): string {
  const name = [source.publisher, source.title].filter(Boolean).join(': ');
  const published = source.published ? ` (${source.published})` : '';
  return `- ${name}${published} ${source.url}`;
}

/** FLOAT as RFC 5545 writes it: never exponent notation (1e-7), at most six decimals (~10 cm). */
function icsFloat(value: number): string {
  return value.toFixed(6).replace(/\.?0+$/, '');
}

function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
