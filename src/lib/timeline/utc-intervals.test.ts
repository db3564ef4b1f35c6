import fc from 'fast-check';
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear } from 'd3-time';
import { describe, expect, it } from 'vitest';
import {
  hours,
  minutes,
  months,
  utcDays,
  utcMondays,
  utcYears,
  type UtcInterval,
} from './utc-intervals';

/** Instants from 3000 BCE to 3000 CE, and exact period starts among them. */
const instant = fc.integer({ min: Date.UTC(-3000, 0, 1), max: Date.UTC(3000, 0, 1) });

const pairs: [
  string,
  UtcInterval,
  { floor(d: Date): Date; offset(d: Date, n: number): Date; range(a: Date, b: Date): Date[] },
][] = [
  ['15 minutes', minutes(15), utcMinute.every(15)!],
  ['hours', hours(), utcHour],
  ['6 hours', hours(6), utcHour.every(6)!],
  ['days', utcDays, utcDay],
  ['weeks from Monday', utcMondays, utcMonday],
  ['months', months(), utcMonth],
  ['quarters', months(3), utcMonth.every(3)!],
  ['years', utcYears, utcYear],
];

describe('UTC periods agree with d3-time to the millisecond', () => {
  it.each(pairs)('%s: floor, offset and range', (_, ours, d3) => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 }), (ms, n) => {
        const floor = ours.floor(ms);
        expect(floor).toBe(d3.floor(new Date(ms)).getTime());
        expect(ours.offset(floor, n)).toBe(d3.offset(new Date(floor), n).getTime());
        const end = ours.offset(floor, n);
        expect(ours.range(ms, end)).toEqual(d3.range(new Date(ms), new Date(end)).map(Number));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('UTC periods far from the calendar', () => {
  it('a range always ends, even where a minute is too small to move a number', () => {
    const deep = -99e9 * 31_556_952_000;
    expect(minutes().range(deep, deep + 1e9).length).toBeLessThanOrEqual(1);
  });
});
