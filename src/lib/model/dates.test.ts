import { describe, expect, it } from 'vitest';
import { civilDay, monthKey, parseDate } from './dates';

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
    ['0000-01-01', 'year 0000 does not exist'],
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
