import { describe, expect, it } from 'vitest';
import { mustParseDate } from '../model/dates';
import { crossesMidnight, formatDateIn } from './zones';
import {
  formatDate,
  formatDateRange,
  formatMonthKey,
  formatOffset,
  precisionNote,
  utcYearLabel,
} from './dates';

const d = mustParseDate;

describe('formatDate shows what is known and no more', () => {
  it.each([
    ['2025', '2025'],
    ['2025-08', 'August 2025'],
    ['2025-08-06', '6 Aug 2025'],
    ['2025-12-02T20:00+03:00', '2 Dec 2025, 20:00 UTC+3'],
    ['2025-12-02T16:30Z', '2 Dec 2025, 16:30 UTC'],
    ['2025-06-01T09:15:05-04:30', '1 Jun 2025, 09:15:05 UTC−4:30'],
  ])('%s → %s', (text, expected) => {
    expect(formatDate(d(text))).toBe(expected);
  });

  // The test suite runs under several TZ values (see package.json); this must hold in each.
  it('a date-only event never shifts by a day in the reader zone', () => {
    expect(formatDate(d('2025-02-11'))).toBe('11 Feb 2025');
    expect(formatDate(d('2025-01-01'))).toBe('1 Jan 2025');
    expect(formatDate(d('2025-12-31'))).toBe('31 Dec 2025');
  });
});

describe('formatDateRange shares what both ends share', () => {
  it.each([
    ['2025-03-23', '2025-03-25', false, '23–25 Mar 2025'],
    ['2025-10-24', '2025-11-02', false, '24 Oct – 2 Nov 2025'],
    ['2025-12-19', '2026-01-02', false, '19 Dec 2025 – 2 Jan 2026'],
    ['2025-03', '2025-04', false, 'March 2025 – April 2025'],
    ['2025-11-16', '2025-11-18', true, 'c. 16–18 Nov 2025'],
    ['2025-02-11', undefined, false, '11 Feb 2025'],
  ])('%s..%s (approximate %s) → %s', (start, end, approximate, expected) => {
    expect(formatDateRange(d(start), end ? d(end) : undefined, approximate)).toBe(expected);
  });
});

describe('precision is spelled out', () => {
  it('says the day is not known for a month-precision date', () => {
    expect(precisionNote(d('2025-08'))).toBe('day not known');
    expect(precisionNote(d('2025'))).toBe('month and day not known');
    expect(precisionNote(d('2025-08-06'))).toBeUndefined();
    expect(precisionNote(d('2025-08-06'), true)).toBe('approximate');
  });

  it('month headings name the month, or say the month is unknown', () => {
    expect(formatMonthKey('2025-02')).toBe('February 2025');
    expect(formatMonthKey('2025')).toBe('2025 (month not known)');
  });

  it('offsets read as UTC±h[:mm]', () => {
    expect(formatOffset(0)).toBe('UTC');
    expect(formatOffset(180)).toBe('UTC+3');
    expect(formatOffset(-270)).toBe('UTC−4:30');
  });
});

describe('timed events in the chosen time zone', () => {
  const start = d('2025-12-02T20:00+03:00');
  const end = d('2025-12-03T01:00+03:00');

  it('shows the venue clock, UTC, or a named zone', () => {
    expect(formatDateIn(start, 'venue', 'Europe/Moscow')).toBe('2 Dec 2025 20:00 GMT+3');
    expect(formatDateIn(start, 'utc', 'Europe/Moscow')).toBe('2 Dec 2025 17:00 UTC');
    expect(formatDateIn(start, 'venue', undefined)).toBe('2 Dec 2025, 20:00 UTC+3');
  });

  it('never moves a civil date', () => {
    expect(formatDateIn(d('2025-02-11'), 'local', 'Europe/Moscow')).toBe('11 Feb 2025');
  });

  it('says when an event crosses midnight where it is shown', () => {
    expect(crossesMidnight(start, end, 'venue', 'Europe/Moscow')).toBe(true);
    expect(crossesMidnight(start, end, 'utc', 'Europe/Moscow')).toBe(false);
    expect(crossesMidnight(start, end, 'venue', undefined)).toBe(true);
    expect(crossesMidnight(d('2025-12-02'), d('2025-12-03'), 'utc', undefined)).toBe(false);
  });
});

describe('dates before the common era, as a reader reads them', () => {
  it.each([
    ['-0044', '44 BCE'],
    ['-0044-03', 'March 44 BCE'],
    ['-0044-03-15', '15 Mar 44 BCE'],
    ['-3500', '3500 BCE'],
    ['-12000', '12,000 BCE'],
    ['0079-08-24', '24 Aug 79'],
    ['-300000', '300,000 BCE'],
    ['-4600000000', '4.6 billion years ago'],
    ['-13799630000', '13.79963 billion years ago'],
    ['-538800000', '538.8 million years ago'],
  ])('%s is %s', (text, shown) => {
    expect(formatDate(mustParseDate(text))).toBe(shown);
  });

  it('ranges share what they share, and month groups say BCE', () => {
    expect(formatDateRange(mustParseDate('-0044-03-15'), mustParseDate('-0044-03-17'))).toBe(
      '15–17 Mar 44 BCE',
    );
    expect(formatDateRange(mustParseDate('-0500'), mustParseDate('-0300'))).toBe(
      '500 BCE – 300 BCE',
    );
    expect(formatMonthKey('-0044-03')).toBe('March 44 BCE');
    expect(formatMonthKey('-0044')).toBe('44 BCE (month not known)');
  });

  it('deep time is known to the year only, and nothing says a month is missing', () => {
    expect(formatMonthKey('-4600000000')).toBe('4.6 billion years ago');
    expect(precisionNote(mustParseDate('-4600000000'))).toBeUndefined();
    expect(precisionNote(mustParseDate('-0044'))).toBe('month and day not known');
    expect(formatDateRange(mustParseDate('-538800000'), mustParseDate('-251902000'))).toBe(
      '538.8 million years ago – 251.902 million years ago',
    );
    expect(utcYearLabel(mustParseDate('-4600000000').startMs)).toBe('4.6 billion years ago');
  });
});
