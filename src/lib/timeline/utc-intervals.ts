/**
 * Calendar periods in UTC, in milliseconds: minutes, hours, days, weeks from Monday, months and
 * years, each optionally every k-th (15 minutes, 6 hours, quarters). They agree with d3-time's
 * utcMinute.every(15), utcHour.every(6), utcDay, utcMonday and utcMonth.every(3) to the
 * millisecond (a property test checks), but take and give numbers: the axis is numbers, and
 * d3-time was about 1.7 KB of the first load for the few intervals the axis uses.
 *
 * UTC has no offsets, so minutes, hours, days and weeks are fixed lengths counted from the
 * epoch (a midnight; 5 January 1970 was a Monday). Months and years need the calendar.
 */

export interface UtcInterval {
  /** The start of the period holding `ms`. */
  floor(ms: number): number;
  /** `n` periods after the start `ms`. */
  offset(ms: number, n: number): number;
  /** Every period start at or after `t0` and before `t1`. */
  range(t0: number, t1: number): number[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const FIRST_MONDAY = 4 * DAY;

function interval(
  floor: (ms: number) => number,
  offset: (ms: number, n: number) => number,
): UtcInterval {
  return {
    floor,
    offset,
    range(t0, t1) {
      const out: number[] = [];
      let start = floor(t0);
      if (start < t0) start = offset(start, 1);
      // Each start must move forward: a minute added to billions of years changes nothing.
      for (let next: number; start < t1; start = next) {
        out.push(start);
        next = offset(start, 1);
        if (!(next > start)) break;
      }
      return out;
    },
  };
}

/** Periods of a fixed length, counted from `origin`. */
function fixed(length: number, origin = 0): UtcInterval {
  return interval(
    (ms) => Math.floor((ms - origin) / length) * length + origin,
    (ms, n) => ms + n * length,
  );
}

export const minutes = (k = 1): UtcInterval => fixed(k * MINUTE);
export const hours = (k = 1): UtcInterval => fixed(k * HOUR);
export const utcDays: UtcInterval = fixed(DAY);
export const utcMondays: UtcInterval = fixed(WEEK, FIRST_MONDAY);

/** Every k-th month from January (k = 3: quarters). */
export function months(k = 1): UtcInterval {
  return interval(
    (ms) => {
      const date = new Date(ms);
      const month = date.getUTCMonth();
      date.setUTCMonth(month - (month % k), 1);
      date.setUTCHours(0, 0, 0, 0);
      return date.getTime();
    },
    (ms, n) => {
      const date = new Date(ms);
      date.setUTCMonth(date.getUTCMonth() + n * k);
      return date.getTime();
    },
  );
}

export const utcYears: UtcInterval = interval(
  (ms) => {
    const date = new Date(ms);
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
    return date.getTime();
  },
  (ms, n) => {
    const date = new Date(ms);
    date.setUTCFullYear(date.getUTCFullYear() + n);
    return date.getTime();
  },
);

/** Whether `ms` starts a period of `period`. */
export function startsPeriod(ms: number, period: UtcInterval): boolean {
  return period.floor(ms) === ms;
}
