/**
 * The time scale and its ticks. Pure: D3 computes, nothing here touches the DOM.
 *
 * The axis is UTC throughout: civil dates sit at UTC midnight (see model/dates.ts), so ticks,
 * labels and marks line up in every reader's zone.
 */
import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';

import { scaleUtc, type TimeScale } from './utc-scale';

export type { TimeScale };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The span the data covers, padded so the first and last marks are not on the edge. */
export function dataExtent(starts: ArrayLike<number>, ends: ArrayLike<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (s < min) min = s;
    if (e > max) max = e;
  }
  if (!Number.isFinite(min)) {
    const now = Date.UTC(2025, 0, 1);
    return [now, now + 365 * DAY];
  }
  const pad = Math.max((max - min) * 0.03, 2 * DAY);
  return [min - pad, max + pad];
}

export function createTimeScale(extent: [number, number], width: number): TimeScale {
  return scaleUtc()
    .domain([new Date(extent[0]), new Date(extent[1])])
    .range([0, width]);
}

export type TickUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

interface TickLevel {
  unit: TickUnit;
  interval: CountableTimeInterval;
  step: number;
  /** Typical length of one step, to pick a level from the pixels per millisecond. */
  ms: number;
}

/** From coarse to fine; the finest level whose ticks are far enough apart wins. */
const LEVELS: TickLevel[] = [
  // Centuries and millennia: histories that reach back before the common era.
  { unit: 'year', interval: utcYear, step: 1000, ms: 365_242 * DAY },
  { unit: 'year', interval: utcYear, step: 500, ms: 182_621 * DAY },
  { unit: 'year', interval: utcYear, step: 250, ms: 91_310 * DAY },
  { unit: 'year', interval: utcYear, step: 100, ms: 36_524 * DAY },
  { unit: 'year', interval: utcYear, step: 50, ms: 18_262 * DAY },
  { unit: 'year', interval: utcYear, step: 25, ms: 9131 * DAY },
  { unit: 'year', interval: utcYear, step: 10, ms: 3652 * DAY },
  { unit: 'year', interval: utcYear, step: 5, ms: 1826 * DAY },
  { unit: 'year', interval: utcYear, step: 2, ms: 730 * DAY },
  { unit: 'year', interval: utcYear, step: 1, ms: 365 * DAY },
  { unit: 'month', interval: utcMonth, step: 3, ms: 91 * DAY },
  { unit: 'month', interval: utcMonth, step: 1, ms: 30.4 * DAY },
  { unit: 'week', interval: utcMonday, step: 1, ms: 7 * DAY },
  { unit: 'day', interval: utcDay, step: 1, ms: DAY },
  { unit: 'hour', interval: utcHour, step: 6, ms: 6 * HOUR },
  { unit: 'hour', interval: utcHour, step: 1, ms: HOUR },
  { unit: 'minute', interval: utcMinute, step: 15, ms: 15 * 60_000 },
];

export interface Tick {
  ms: number;
  x: number;
  label: string;
  /** A tick that starts a larger unit (a new year on a month axis), drawn stronger. */
  major: boolean;
}

export interface Ticks {
  unit: TickUnit;
  step: number;
  ticks: Tick[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A Date's year as a reader reads it: JavaScript's year 0 is 1 BCE, -43 is 44 BCE. */
function yearOf(date: Date): string {
  const y = date.getUTCFullYear();
  return y <= 0 ? `${1 - y} BCE` : String(y);
}

/**
 * Year ticks every `step` years as historians number them: 500 BCE, 400 BCE, … 100 BCE, 100,
 * 200 (there is no year 0). D3's intervals count years as JavaScript does, whose multiples of
 * 100 before the common era are 101 BCE, 201 BCE.
 */
function historicalYears(d0: Date, d1: Date, step: number): Date[] {
  const toHistorical = (astro: number) => (astro <= 0 ? astro - 1 : astro);
  const first = Math.ceil(toHistorical(d0.getUTCFullYear()) / step) * step;
  const last = toHistorical(d1.getUTCFullYear());
  const out: Date[] = [];
  for (let year = first; year <= last; year += step) {
    if (year === 0) continue;
    const date = new Date(Date.UTC(2000, 0, 1));
    date.setUTCFullYear(year < 0 ? year + 1 : year);
    out.push(date);
  }
  return out;
}

function label(date: Date, unit: TickUnit, major: boolean): string {
  const y = yearOf(date);
  const m = MONTHS[date.getUTCMonth()];
  const d = date.getUTCDate();
  switch (unit) {
    case 'year':
      return String(y);
    case 'month':
      return major ? `${m} ${y}` : (m ?? '');
    case 'week':
    case 'day':
      return major ? `${d} ${m} ${y}` : `${d} ${m}`;
    case 'hour':
    case 'minute': {
      const time = `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
      return major ? `${d} ${m} ${time}` : time;
    }
  }
}

/** Is `date` the start of the next-larger unit (the point where labels add context)? */
function isMajor(date: Date, unit: TickUnit): boolean {
  switch (unit) {
    case 'year':
      return false;
    case 'month':
      return date.getUTCMonth() === 0;
    case 'week':
    case 'day':
      return date.getUTCDate() <= (unit === 'week' ? 7 : 1) && date.getUTCMonth() === 0;
    case 'hour':
    case 'minute':
      return date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
  }
}

/**
 * Ticks that adapt to the zoom: years, then months, weeks, days, hours as the reader zooms in.
 * `minSpacing` is the least room, in pixels, between two labels.
 */
export function timeTicks(scale: TimeScale, minSpacing = 72): Ticks {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const msPerPixel = (d1.getTime() - d0.getTime()) / Math.max(1, r1 - r0);
  const level =
    [...LEVELS].reverse().find((l) => l.ms / msPerPixel >= minSpacing) ?? (LEVELS[0] as TickLevel);
  const every = level.interval.every(level.step) ?? level.interval;
  const dates =
    level.unit === 'year' && d0.getUTCFullYear() <= 0
      ? historicalYears(d0, d1, level.step)
      : every.range(every.floor(d0), new Date(d1.getTime() + 1));
  const ticks = dates
    .map((date) => {
      const major = isMajor(date, level.unit);
      return { ms: date.getTime(), x: scale(date), label: label(date, level.unit, major), major };
    })
    .filter((t) => t.x >= r0 - 1 && t.x <= r1 + 1);
  return { unit: level.unit, step: level.step, ticks };
}

/** The bin interval for counting events: the tick level whose step is at least `minPx` wide. */
export function binInterval(scale: TimeScale, minPx: number): TimeInterval {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const msPerPixel = (d1.getTime() - d0.getTime()) / Math.max(1, r1 - r0);
  const quarter = utcMonth.every(3) ?? utcMonth;
  const candidates: TimeInterval[] = [utcHour, utcDay, utcMonday, utcMonth, quarter, utcYear];
  const typical = [HOUR, DAY, 7 * DAY, 30.4 * DAY, 91 * DAY, 365 * DAY];
  for (let i = 0; i < candidates.length; i++) {
    if ((typical[i] as number) / msPerPixel >= minPx) return candidates[i] as TimeInterval;
  }
  return utcYear.every(Math.ceil((minPx * msPerPixel) / (365 * DAY))) ?? utcYear;
}
