/**
 * The range a chart image shows, and that range in words. Pure and in UTC, like the axis: an
 * image made in Tokyo says the same days as one made in Los Angeles.
 */
import { utcYearLabel } from '../format/dates';
import { isCalendarTime } from '../model/dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HOUR = 3_600_000;
/** The timeline zooms in no further than six hours; neither does an image. */
const MIN_SPAN = 6 * HOUR;

/**
 * The range the live chart would show for `range` (from the URL) over a dataset spanning
 * `extent`: the whole extent when none is given, and otherwise the same range moved and
 * trimmed to stay inside the extent, as the chart's zoom limits do.
 */
export function shownRange(
  range: [number, number] | undefined,
  extent: [number, number],
): [number, number] {
  if (!range) return extent;
  const whole = extent[1] - extent[0];
  const span = Math.min(whole, Math.max(MIN_SPAN, range[1] - range[0]));
  const from = Math.min(Math.max(range[0], extent[0]), extent[1] - span);
  return [from, from + span];
}

function day(ms: number): string {
  // Deep time is known to the year: "4.6 billion years ago".
  if (!isCalendarTime(ms)) return utcYearLabel(ms);
  const date = new Date(ms);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${utcYearLabel(date)}`;
}

/**
 * "11 Feb 2025 – 2 Dec 2025": the first and last calendar days (UTC) any part of which is in
 * view. The range is half-open, so a view ending at midnight ends on the day before.
 */
export function rangeInWords(range: [number, number]): string {
  const first = day(range[0]);
  const last = day(Math.max(range[0], range[1] - 1));
  return first === last ? first : `${first} – ${last}`;
}
