/**
 * How long an event lasted, as the sources reported it. A disputed duration stays disputed: an
 * event's duration is the span from the smallest to the largest number any of its `duration`
 * figures states, in hours ("3 h per Ushakov · 2.1 h per UNN" is 2.1–3 h), never one number
 * picked or averaged. Pure.
 */
import type { ChronologyEvent, Figure, FigureUnit } from '../model/types';

/** Hours in one unit of a duration; `count` is not a duration. */
const HOURS_PER_UNIT: Partial<Record<FigureUnit, number>> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
};

export const DURATION_MEASURE = 'duration';

export interface DurationRange {
  /** The smallest number reported, in hours. */
  low: number;
  /** The largest, in hours; equal to `low` when the sources agree (or only one reported). */
  high: number;
  /** The figures behind it, as reported (for "who reported it"). */
  figures: Figure[];
}

/**
 * The numbers one figure states, in hours. An open bound ("more than 4 h", `{min: 4}`) counts
 * as the number it names: it is what that source reported, and the range is over what was
 * reported. A figure with only words ("several hours") states no number.
 */
function statedHours(figure: Figure): number[] {
  const perUnit = HOURS_PER_UNIT[figure.unit];
  if (perUnit === undefined) return [];
  return [figure.value, figure.min, figure.max]
    .filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
    .map((n) => n * perUnit);
}

/**
 * The event's reported duration in hours, or undefined when no figure gives one: an event
 * without a duration is not a zero-hour event, it is one nobody timed.
 */
export function durationRange(event: Pick<ChronologyEvent, 'figures'>): DurationRange | undefined {
  const figures = (event.figures ?? []).filter(
    (f) => f.measure === DURATION_MEASURE && statedHours(f).length > 0,
  );
  const hours = figures.flatMap(statedHours);
  if (!hours.length) return undefined;
  return { low: Math.min(...hours), high: Math.max(...hours), figures };
}

/** "3 h", "2.1–3 h", "45 min", "10 min–8 h": a range only where the sources differ. */
export function formatHours(low: number, high: number = low): string {
  if (low === high) return hoursText(low);
  if (high < 1) return `${minutes(low)}–${minutes(high)} min`;
  if (low < 1) return `${hoursText(low)}–${hoursText(high)}`;
  return `${round(low)}–${round(high)} h`;
}

/**
 * An event's duration as its sources measured it: in days when they all gave days ("3 days",
 * not "72 h": a visit of three days is not 72 hours at the table), else in hours.
 */
export function formatDuration(range: DurationRange): string {
  if (!range.figures.every((f) => f.unit === 'day')) return formatHours(range.low, range.high);
  const [low, high] = [range.low / 24, range.high / 24];
  const days = low === high ? round(low) : `${round(low)}–${round(high)}`;
  return `${days} ${high === 1 ? 'day' : 'days'}`;
}

function hoursText(h: number): string {
  return h < 1 && h > 0 ? `${minutes(h)} min` : `${round(h)} h`;
}

function minutes(h: number): string {
  return String(Math.round(h * 60));
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
