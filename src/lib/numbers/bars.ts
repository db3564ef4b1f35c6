/**
 * The charts' bars as numbers the components only draw: each month a column of segments (kinds
 * stacked, or hours as a solid part up to the lowest total and a range up to the highest), and
 * rows of horizontal bars. Heights and lengths are fractions of the tallest (0–1). Pure.
 */
import { formatMonthKey, monthName } from '../format/dates';
import type { PartialDate } from '../model/dates';
import type { EventView } from '../model/prepare';
import { formatHours } from './durations';
import { kindsOf, type MonthHours, type MonthKinds } from './months';
import type { PairInterval } from './pairs';
import { kindName } from './tables';
import type { Target } from './trace';

export interface Segment {
  /** Bottom and top, as fractions of the chart's height. */
  from: number;
  to: number;
  /** A kind (coloured as on the timeline), or the hours chart's 'solid' or 'range' part. */
  paint: { kind: string } | 'solid' | 'range';
  title: string;
  target: Target;
  /** An empty segment kept in its place, drawn hidden (see `kindColumns`'s `keep`). */
  hidden?: true;
}

export interface Column {
  month: string;
  segments: Segment[];
}

/**
 * Each month's events stacked by kind, in the order of `kinds`. `everyMonth` is the same count
 * over the whole dataset: a kind that a month has there but not in this selection keeps an
 * empty, hidden segment in it, after the drawn ones. A chart redrawn for a filter that drops or
 * brings back a kind then updates its segments instead of making hundreds anew, and it never
 * holds more segments than the unfiltered chart draws.
 */
export function kindColumns(
  months: readonly MonthKinds[],
  kinds: readonly string[],
  everyMonth: readonly MonthKinds[] = [],
): Column[] {
  const max = Math.max(1, ...months.map((m) => m.total));
  const inDataset = new Map(everyMonth.map((m) => [m.month, m.kinds]));
  // Kept kinds in the unfiltered chart's order: a filter then moves as few segments as it can.
  const rest = kindsOf(everyMonth).filter((kind) => !kinds.includes(kind));
  return months.map((m) => {
    const kept = inDataset.get(m.month);
    const stacked = kept ? [...kinds, ...rest] : kinds;
    let bottom = 0;
    const segments: Segment[] = [];
    const hidden: Segment[] = [];
    for (const kind of stacked) {
      const n = m.kinds.get(kind) ?? 0;
      if (!n && !kept?.get(kind)) continue;
      const segment: Segment = {
        from: bottom / max,
        to: (bottom + n) / max,
        paint: { kind },
        title: `${formatMonthKey(m.month)}: ${n} × ${kindName(kind)}`,
        target: { type: 'month', month: m.month, kind },
      };
      if (n) segments.push(segment);
      else hidden.push({ ...segment, hidden: true });
      bottom += n;
    }
    return { month: m.month, segments: [...segments, ...hidden] };
  });
}

export function hoursColumns(months: readonly MonthHours[]): Column[] {
  const max = Math.max(1, ...months.map((m) => m.high));
  return months.map((m) => {
    const target: Target = { type: 'month', month: m.month };
    const title = `${formatMonthKey(m.month)}: ${m.timed ? formatHours(m.low, m.high) : 'no duration reported'} (${m.timed} timed, ${m.untimed} not)`;
    const segments: Segment[] = [];
    if (m.low > 0) segments.push({ from: 0, to: m.low / max, paint: 'solid', title, target });
    if (m.high > m.low) {
      segments.push({ from: m.low / max, to: m.high / max, paint: 'range', title, target });
    }
    return { month: m.month, segments };
  });
}

export interface BarRow {
  label: string;
  /** What the bar's end says ("14 days", "2.1–3 h"). */
  valueText: string;
  /** The solid part's end and the range's end, as fractions of the longest bar. */
  low: number;
  high: number;
  target: Target;
}

/** Rows of bars on one scale: `low` solid, `high` (if larger) the range beyond it. */
export function barRows<T>(
  items: readonly T[],
  read: (item: T) => {
    label: string;
    valueText: string;
    low: number;
    high?: number;
    target: Target;
  },
): BarRow[] {
  const rows = items.map(read);
  const max = Math.max(Number.MIN_VALUE, ...rows.map((r) => r.high ?? r.low));
  return rows.map((r) => ({ ...r, low: r.low / max, high: (r.high ?? r.low) / max }));
}

/** "11 Feb", "Aug", or the year: a date without its year, as precise as it is known. */
function withoutYear(date: PartialDate): string {
  if (date.month === undefined) return '';
  const month = monthName(date.month);
  return date.day === undefined ? month : `${date.day} ${month}`;
}

/**
 * "11 Feb → 13 Mar 2025", "2 Dec 2025 → 22 Jan 2026": an interval's label, short. `views`: the
 * prepared events, row for row of the columns the interval's rows point into.
 */
export function intervalLabel(interval: PairInterval, views: readonly EventView[]): string {
  const from = views[interval.from] as EventView;
  const to = views[interval.to] as EventView;
  const sameYear = from.start.year === to.start.year;
  const first = [withoutYear(from.start), sameYear ? '' : String(from.start.year)];
  const last = [withoutYear(to.start), String(to.start.year)];
  return `${first.filter(Boolean).join(' ')} → ${last.filter(Boolean).join(' ')}`;
}
