/**
 * The longest and the shortest events the sources timed. A disputed duration is a range, so
 * "longest" ranks by the largest figure anyone reported and "shortest" by the smallest; each row
 * keeps every figure with who reported it, so the reader sees how far apart the sources are.
 * Pure.
 */
import { durationRange, type DurationRange } from './durations';
import type { CountedEvent } from './types';

export interface TimedEvent extends DurationRange {
  item: CountedEvent;
}

export interface Extremes {
  longest: TimedEvent[];
  shortest: TimedEvent[];
  /** How many events in the selection have a duration at all. */
  timed: number;
}

/** Up to `count` longest and shortest timed events; ties go to the earlier event. */
export function longestAndShortest(events: readonly CountedEvent[], count = 5): Extremes {
  const timed: TimedEvent[] = [];
  for (const item of events) {
    const range = durationRange(item.event);
    if (range) timed.push({ item, ...range });
  }
  const byTime = (a: TimedEvent, b: TimedEvent) => a.item.start.startMs - b.item.start.startMs;
  return {
    longest: [...timed]
      .sort((a, b) => b.high - a.high || b.low - a.low || byTime(a, b))
      .slice(0, count),
    shortest: [...timed]
      .sort((a, b) => a.low - b.low || a.high - b.high || byTime(a, b))
      .slice(0, count),
    timed: timed.length,
  };
}
