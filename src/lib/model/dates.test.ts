import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addYears,
  civilDay,
  isDeepTime,
  MEAN_YEAR_MS,
  monthKey,
  mustParseDate,
  nextYear,
  parseDate,
  utcDayText,
  yearAt,
  yearStartMs,
  yearText,
} from './dates';

const DAY = 86_400_000;

describe('parseDate reads a date at the precision it was written', () => {
  it.each([
    ['2025', 'year', Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)],
    ['2025-08', 'month', Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1)],
    ['2025-02-11', 'day', Date.UTC(2025, 1, 11), Date.UTC(2025, 1, 12)],
    ['2024-02-29', 'day', Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)],
    ['2025-12-31', 'day', Date.UTC(2025, 11, 31), Date.UTC(2026, 0, 1)],
  ])('%s is known to the %s and spans the whole of it', (text, precision, start, end) => {
    const parsed = parseDate(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.date.precision).toBe(precision);
    expect(parsed.date.startMs).toBe(start);
    expect(parsed.date.endMs).toBe(end);
  });

  it('a timed date with an offset is the real instant', () => {
    const parsed = parseDate('2025-12-02T20:00+03:00');
    expect(parsed.ok && parsed.date.startMs).toBe(Date.UTC(2025, 11, 2, 17, 0));
    expect(parsed.ok && parsed.date.precision).toBe('minute');
    expect(parsed.ok && parsed.date.offsetMinutes).toBe(180);
  });

  it('Z means UTC and seconds are kept', () => {
    const parsed = parseDate('2025-03-13T23:59:30Z');
    expect(parsed.ok && parsed.date.startMs).toBe(Date.UTC(2025, 2, 13, 23, 59, 30));
    expect(parsed.ok && parsed.date.precision).toBe('second');
  });

  it('negative offsets move the instant later', () => {
    const parsed = parseDate('2025-08-15T11:00-08:00');
    expect(parsed.ok && parsed.date.startMs).toBe(Date.UTC(2025, 7, 15, 19, 0));
  });

  it('years below 100 are not read as 19xx', () => {
    const parsed = parseDate('0050-01-01');
    expect(parsed.ok && new Date(parsed.date.startMs).getUTCFullYear()).toBe(50);
  });

  it('a date-only day is one day long whatever the machine zone', () => {
    const parsed = parseDate('2025-03-30');
    expect(parsed.ok && parsed.date.endMs - parsed.date.startMs).toBe(DAY);
  });
});

describe('parseDate refuses impossible dates with a reason', () => {
  it.each([
    ['2025-13-40', 'there is no month 13'],
    ['2025-02-30', '2025-02 has no day 30'],
    ['2025-02-29', '2025-02 has no day 29'],
    ['2025-00', 'there is no month 00'],
    ['0000-01-01', 'there is no year 0'],
    ['-0000', 'there is no year 0'],
    ['-300000-01', 'before 271,819 BCE, Parley places years only (write -300000)'],
    ['-4600000000-07-01', 'places years only'],
    ['-200000000000', 'Parley places years back to 100 billion years ago'],
    ['-44', 'expected YYYY'],
    ['-0044-02-30', 'has no day 30'],
    ['2025-1-1', 'expected YYYY'],
    ['11 Feb 2025', 'expected YYYY'],
    ['', 'expected YYYY'],
    ['2025-02-11T25:00Z', 'is not a time of day'],
    ['2025-02-11T10:00', 'has a time but no offset'],
    ['2025-02-11T10:00+15:00', 'is not a UTC offset'],
  ])('%s: %s', (text, reason) => {
    const parsed = parseDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('grouping keys', () => {
  it('monthKey groups a month-precision date in its month and a year-only date in its year', () => {
    const keys = ['2025-08', '2025-08-06', '2025'].map((t) => {
      const p = parseDate(t);
      return p.ok ? monthKey(p.date) : '';
    });
    expect(keys).toEqual(['2025-08', '2025-08', '2025']);
  });

  it('civilDay of a timed date is the date on the clock it was written with', () => {
    const p = parseDate('2025-12-02T23:30+03:00');
    expect(p.ok && civilDay(p.date)).toBe('2025-12-02');
  });
});

describe('years before the common era', () => {
  it('-0044 is 44 BCE, counted as historians count: 1 BCE is the year before 1 CE', () => {
    const caesar = parseDate('-0044-03-15');
    expect(caesar.ok && caesar.date).toMatchObject({
      year: -44,
      month: 3,
      day: 15,
      precision: 'day',
    });
    const d = new Date(caesar.ok ? caesar.date.startMs : 0);
    // JavaScript counts 44 BCE as year -43 (1 BCE is its year 0).
    expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).toEqual([-43, 2, 15]);
    const bce1 = parseDate('-0001');
    const ce1 = parseDate('0001');
    expect(bce1.ok && ce1.ok && bce1.date.endMs).toBe(ce1.ok ? ce1.date.startMs : -1);
  });

  it('sorts before the common era, older first, and a year spans its whole length', () => {
    const times = ['-0500', '-0044', '-0001', '0001', '0100'].map((t) => {
      const p = parseDate(t);
      return p.ok ? p.date.startMs : NaN;
    });
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const year = parseDate('-0500');
    expect(year.ok && (year.date.endMs - year.date.startMs) / 86_400_000).toBe(365);
  });

  it('keeps leap years as the proleptic Gregorian calendar has them', () => {
    // 45 BCE is astronomical -44, divisible by 4: a leap year.
    expect(parseDate('-0045-02-29').ok).toBe(true);
    expect(parseDate('-0044-02-29').ok).toBe(false);
    // 1 BCE is astronomical year 0, a leap year; 1 CE, 4 CE and 100 CE as the calendar has them.
    expect(parseDate('-0001-02-29').ok).toBe(true);
    expect(parseDate('0001-02-29').ok).toBe(false);
    expect(parseDate('0004-02-29').ok).toBe(true);
    expect(parseDate('0100-02-29').ok).toBe(false);
    const leapDay = parseDate('-0001-02-29');
    expect(utcDayText(leapDay.ok ? leapDay.date.startMs : 0)).toBe('-0001-02-29');
  });

  it('writes a year and a day back as dates do', () => {
    expect(yearText(-44)).toBe('-0044');
    expect(yearText(2025)).toBe('2025');
    for (const text of ['-0044-03-15', '-0500-01-01', '0001-01-01', '2025-02-11']) {
      const parsed = parseDate(text);
      expect(utcDayText(parsed.ok ? parsed.date.startMs : 0)).toBe(text);
    }
    const deep = parseDate('-271819');
    expect(deep.ok).toBe(true);
  });
});

describe('deep time: years further back than a JavaScript Date, known to the year', () => {
  const start = (text: string) => mustParseDate(text).startMs;

  it('places 13.8 billion years ago, 300,000 BCE and 44 BCE in order on one axis', () => {
    const texts = ['-13800000000', '-4600000000', '-300000', '-271820', '-271819', '-0044', '2025'];
    const starts = texts.map(start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(texts.length);
  });

  it('gives each deep year one mean year, ending where the next begins', () => {
    const big = mustParseDate('-4600000000');
    expect(big.precision).toBe('year');
    expect(big.year).toBe(-4_600_000_000);
    // To within what a float holds there (a 65,536 ms step at 4.6 billion years).
    expect(Math.abs(big.endMs - big.startMs - MEAN_YEAR_MS)).toBeLessThan(2 ** 17);
    // The last deep year ends exactly where the calendar's first year begins.
    expect(mustParseDate('-271820').endMs).toBe(start('-271819'));
  });

  it('reads the year back from any instant in it, deep or not', () => {
    for (const year of [
      -13_800_000_000, -4_600_000_000, -300_000, -271_820, -271_819, -44, -1, 1, 2025, 275_759,
      275_760, 400_000_000,
    ]) {
      expect(yearAt(yearStartMs(year))).toBe(year);
      // The middle: a millisecond is below what a float holds at billions of years.
      expect(yearAt((yearStartMs(year) + yearStartMs(nextYear(year))) / 2)).toBe(year);
      if (year >= -271_819 && year < 1e6)
        expect(yearAt(yearStartMs(nextYear(year)) - 1)).toBe(year);
    }
    expect(isDeepTime(start('-300000'))).toBe(true);
    expect(isDeepTime(start('-271819'))).toBe(false);
  });

  it('writes a deep instant into links as its year', () => {
    expect(utcDayText(start('-4600000000'))).toBe('-4600000000');
    expect(parseDate(utcDayText(start('-13800000000'))).ok).toBe(true);
  });
});

describe('deep years read back exactly, whatever the year', () => {
  it('yearAt is the inverse of yearStartMs for any year back to 100 billion years ago', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000, max: -271_820 }), (year) => {
        expect(yearAt(yearStartMs(year))).toBe(year);
        expect(yearAt(yearStartMs(year) + MEAN_YEAR_MS / 2)).toBe(year);
      }),
      { numRuns: 2000, seed: 11 },
    );
    // The case a reviewer found rounding the wrong way.
    expect(yearAt(yearStartMs(-14_075_088_684))).toBe(-14_075_088_684);
  });

  it('counts years across the missing year 0', () => {
    expect(addYears(-1, 1)).toBe(1);
    expect(addYears(-2, 5)).toBe(4);
    expect(addYears(3, -3)).toBe(-1);
    expect(addYears(-200_000_000, 200_000_000)).toBe(1);
  });
});
