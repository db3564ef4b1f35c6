/**
 * Timed dates in a chosen zone: the venue's clock, UTC, or the reader's own. Apart from
 * ./dates.ts because only the list and the detail need it, and Intl's zone formats are not
 * part of what the chart needs to draw (the first load has a budget).
 */
import { formatDate } from './dates';
import type { TimeZoneChoice } from './dates';
import { isTimed, type PartialDate } from '../model/dates';

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
