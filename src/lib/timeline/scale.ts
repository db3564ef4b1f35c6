/**
 * The time scale and its ticks. Pure: D3 computes, nothing here touches the DOM.
 *
 * The axis is UTC throughout: civil dates sit at UTC midnight (see model/dates.ts), so ticks,
 * labels and marks line up in every reader's zone.
 */
import { utcYearLabel, yearLabel } from '../format/dates';
import { isCalendarTime, MEAN_YEAR_MS, yearAt, yearStartMs } from '../model/dates';
import { hours, minutes, months, utcDays, utcMondays, type UtcInterval } from './utc-intervals';
import { scaleUtc, type TimeScale } from './utc-scale';

export type { TimeScale };

const HOUR = 3_600_000;
/** The end of the last day a date can be written for: 9999-12-31. */
const LAST_WRITTEN_MS = Date.UTC(9999, 11, 31, 24);
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
  // A timeline from the Big Bang would otherwise be padded 400 million years into the future:
  // no date is written after 9999, so the view ends there at the latest.
  return [min - pad, Math.min(max + pad, Math.max(max, LAST_WRITTEN_MS))];
}

export function createTimeScale(extent: [number, number], width: number): TimeScale {
  return scaleUtc(extent, [0, width]);
}

export type TickUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

interface TickLevel {
  unit: TickUnit;
  /** Where the ticks fall (every `step` units); none for years, counted as numbers. */
  interval?: UtcInterval;
  step: number;
  /** Typical length of one step, to pick a level from the pixels per millisecond. */
  ms: number;
}

/** From coarse to fine; the finest level whose ticks are far enough apart wins. */
const LEVELS: TickLevel[] = [
  // Centuries and millennia: histories that reach back before the common era.
  { unit: 'year', step: 1000, ms: 365_242 * DAY },
  { unit: 'year', step: 500, ms: 182_621 * DAY },
  { unit: 'year', step: 250, ms: 91_310 * DAY },
  { unit: 'year', step: 100, ms: 36_524 * DAY },
  { unit: 'year', step: 50, ms: 18_262 * DAY },
  { unit: 'year', step: 25, ms: 9131 * DAY },
  { unit: 'year', step: 10, ms: 3652 * DAY },
  { unit: 'year', step: 5, ms: 1826 * DAY },
  { unit: 'year', step: 2, ms: 730 * DAY },
  { unit: 'year', step: 1, ms: 365 * DAY },
  { unit: 'month', interval: months(3), step: 3, ms: 91 * DAY },
  { unit: 'month', interval: months(1), step: 1, ms: 30.4 * DAY },
  { unit: 'week', interval: utcMondays, step: 1, ms: 7 * DAY },
  { unit: 'day', interval: utcDays, step: 1, ms: DAY },
  { unit: 'hour', interval: hours(6), step: 6, ms: 6 * HOUR },
  { unit: 'hour', interval: hours(1), step: 1, ms: HOUR },
  { unit: 'minute', interval: minutes(15), step: 15, ms: 15 * 60_000 },
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

/**
 * Year ticks every `step` years as historians number them: 500 BCE, 400 BCE, … 100 BCE, 100,
 * 200 (there is no year 0; D3's intervals count years as JavaScript does, whose multiples of
 * 100 before the common era are 101 BCE, 201 BCE), and on into deep time, where a Date cannot
 * go: 13.8, 13.6 … billion years ago.
 */
export function yearTicks(t0: number, t1: number, step: number): Tick[] {
  const first = Math.ceil(yearAt(t0) / step) * step;
  const last = yearAt(t1);
  const out: Tick[] = [];
  for (let year = first; year <= last; year += step) {
    if (year === 0) continue;
    out.push({ ms: yearStartMs(year), x: 0, label: yearLabel(year), major: false });
  }
  return out;
}

/** About how wide one character of an axis label is, in pixels (the axis font is 11 px). */
const LABEL_CHAR_PX = 5.6;

/** The least of 1, 2, 5 × a power of ten years that is at least `years`. */
export function niceYears(years: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, years)));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= years) ?? 10 * power;
}

function label(date: Date, unit: TickUnit, major: boolean): string {
  const y = utcYearLabel(date);
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
  const [t0, t1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const msPerPixel = (t1 - t0) / Math.max(1, r1 - r0);
  const level = [...LEVELS].reverse().find((l) => l.ms / msPerPixel >= minSpacing);
  const inView = (ticks: Tick[]) => ticks.filter((t) => t.x >= r0 - 1 && t.x <= r1 + 1);
  const calendar = isCalendarTime(t0) && isCalendarTime(t1);
  if (!level?.interval || !calendar) {
    // Years, counted as numbers: past a millennium a step, or in deep time where a Date cannot
    // go, the step is the next round number of years (a million, two billion).
    let step =
      level?.unit === 'year' ? level.step : niceYears((minSpacing * msPerPixel) / MEAN_YEAR_MS);
    let ticks = yearTicks(t0, t1, step);
    if (level?.unit !== 'year' || !calendar) {
      // Labels out there are long ("500 million years ago"): widen the step until they fit.
      const pxPerYear = MEAN_YEAR_MS / msPerPixel;
      const room = () => Math.max(...ticks.map((t) => t.label.length)) * LABEL_CHAR_PX + 12;
      while (ticks.length > 1 && step * pxPerYear < room()) {
        step = niceYears(step * 1.01);
        ticks = yearTicks(t0, t1, step);
      }
    }
    for (const tick of ticks) tick.x = scale(tick.ms);
    return { unit: 'year', step, ticks: inView(ticks) };
  }
  const every = level.interval;
  const ticks = every.range(every.floor(t0), t1 + 1).map((ms) => {
    const date = new Date(ms);
    const major = isMajor(date, level.unit);
    return { ms, x: scale(ms), label: label(date, level.unit, major), major };
  });
  return { unit: level.unit, step: level.step, ticks: inView(ticks) };
}

/** Boundaries of the periods events are counted in, in milliseconds on the axis. */
export type Binning = UtcInterval;

/**
 * Periods of `step` years, counted as numbers so they reach into deep time, and as D3 counts
 * years (JavaScript's year 0 is 1 BCE), so a step of 10 starts at 2020, as utcYear.every(10).
 */
export function yearBins(step: number): Binning {
  const astronomical = (ms: number) => {
    const year = yearAt(ms);
    return year < 0 ? year + 1 : year;
  };
  const startOf = (astro: number) => yearStartMs(astro <= 0 ? astro - 1 : astro);
  const floor = (ms: number) => startOf(Math.floor(astronomical(ms) / step) * step);
  return {
    floor,
    offset: (ms, n) => startOf(Math.floor(astronomical(ms) / step) * step + n * step),
    range: (t0, t1) => {
      const out: number[] = [];
      let astro = Math.floor(astronomical(t0) / step) * step;
      if (startOf(astro) < t0) astro += step;
      for (let ms = startOf(astro); ms < t1; ms = startOf((astro += step))) out.push(ms);
      return out;
    },
  };
}

/** The periods for counting events: the tick level whose step is at least `minPx` wide. */
export function binInterval(scale: TimeScale, minPx: number): Binning {
  const [t0, t1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const msPerPixel = (t1 - t0) / Math.max(1, r1 - r0);
  const candidates: UtcInterval[] = [hours(1), utcDays, utcMondays, months(1), months(3)];
  const typical = [HOUR, DAY, 7 * DAY, 30.4 * DAY, 91 * DAY];
  // Deep time has no months or days: a Date cannot go there.
  if (isCalendarTime(t0) && isCalendarTime(t1)) {
    for (let i = 0; i < candidates.length; i++) {
      if ((typical[i] as number) / msPerPixel >= minPx) return candidates[i] as UtcInterval;
    }
  }
  return yearBins(Math.max(1, Math.ceil((minPx * msPerPixel) / (365 * DAY))));
}
