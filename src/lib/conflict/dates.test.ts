import { describe, expect, it } from 'vitest';
import {
  isOpenEnd,
  numericOrder,
  parseEventDate,
  parseEventDay,
  parseEventSpan,
  parseLooseDate,
  spelled,
  startsBefore,
  withoutApproximation,
} from './dates';
import { parseDate } from '../model/dates';

describe('conflict-event dates as exports write them', () => {
  it.each([
    ['2023-02-16', '2023-02-16'],
    ['2014-01-22T00:00:00', '2014-01-22'],
    ['2014-01-22 00:00:00.000', '2014-01-22'],
    ['28 December 2022', '2022-12-28'],
    ['01-January-2015', '2015-01-01'],
    ['9-May-20', '2020-05-09'],
    ['9 Sept 1999', '1999-09-09'],
    ['31-dec-97', '1997-12-31'],
  ])('%s is %s', (text, date) => {
    expect(parseEventDate(text)).toEqual({ ok: true, date });
  });

  it('reads numeric dates in the order the column settled', () => {
    expect(parseEventDate('14/08/2020 00:00:00', 'day-first')).toEqual({
      ok: true,
      date: '2020-08-14',
    });
    expect(parseEventDate('1/22/2014 12:00:00 AM', 'month-first')).toEqual({
      ok: true,
      date: '2014-01-22',
    });
    expect(parseEventDate('22.01.2014', 'day-first')).toEqual({ ok: true, date: '2014-01-22' });
    expect(parseEventDate('01/02/2020').ok).toBe(false);
  });

  it('refuses what is not a day, saying what', () => {
    expect(parseEventDate('2023-02-30')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no day 30'),
    });
    expect(parseEventDate('9-Mayo-20')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a month'),
    });
    expect(parseEventDate('13/13/2020', 'day-first')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no month 13'),
    });
    expect(parseEventDate('NA')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a date'),
    });
    expect(parseEventDate(' ')).toEqual({ ok: false, reason: 'is empty' });
  });
});

describe('dates as event sheets write them, at the precision they give', () => {
  it.each([
    ['December 7, 1941', '1941-12-07'],
    ['Dec. 7, 1941', '1941-12-07'],
    ['Dec 7 1941', '1941-12-07'],
    ['June 12, 1942', '1942-06-12'],
    ['Sept. 2nd, 1945', '1945-09-02'],
    ['7 December 1941', '1941-12-07'],
    ['7th December 1941', '1941-12-07'],
    ['1848/07/19', '1848-07-19'],
    ['1848-07-19', '1848-07-19'],
    ['1848.7.9', '1848-07-09'],
    ['1848/07/19 00:00:00', '1848-07-19'],
    ['January 1944', '1944-01'],
    ['Jan 1944', '1944-01'],
    ['Jan. 1944', '1944-01'],
    ['sept 1944', '1944-09'],
    ['1869/12', '1869-12'],
    ['1869-12', '1869-12'],
    ['1869/2', '1869-02'],
    ['1853', '1853'],
  ])('%s is %s, with no order asked', (text, date) => {
    expect(parseEventDate(text)).toEqual({ ok: true, date });
    // Each is a date Parley's validator accepts, at that precision.
    expect(parseDate(date).ok).toBe(true);
  });

  it('a year-first date needs no order, and takes no part in deciding one', () => {
    expect(parseEventDate('1848/07/19', 'month-first')).toEqual({ ok: true, date: '1848-07-19' });
    expect(parseEventDate('1848/07/19', 'day-first')).toEqual({ ok: true, date: '1848-07-19' });
    expect(numericOrder(['1848/07/19', '1873/12/23', '1869/12'])).toMatchObject({
      order: undefined,
      reason: 'no-numeric',
    });
  });

  it('refuses what is not a month, a day or a year, saying what', () => {
    expect(parseEventDate('February 30, 2020')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no day 30'),
    });
    expect(parseEventDate('Summer 1944')).toMatchObject({
      ok: false,
      reason: '"Summer 1944": "Summer" is not a month',
    });
    expect(parseEventDate('Smarch 7, 1944')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"Smarch" is not a month'),
    });
    expect(parseEventDate('1869/13')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no month 13'),
    });
    expect(parseEventDate('0000')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no year 0'),
    });
    expect(parseEventDate('April-May 1945')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('is not a date Parley reads'),
    });
    // Five digits are a spreadsheet's day number more likely than a year, unless signed.
    expect(parseEventDate('45123')).toMatchObject({ ok: false });
    expect(parseEventDate('0 BC')).toMatchObject({
      ok: false,
      reason: '"0 BC": there is no year 0',
    });
    expect(parseEventDate('44 BC AD')).toMatchObject({ ok: false });
    expect(parseEventDate('BC')).toMatchObject({ ok: false });
    expect(parseEventDate('Smarch 44 BC')).toMatchObject({
      ok: false,
      reason: '"Smarch 44 BC": "Smarch" is not a month',
    });
    expect(parseEventDate('30 February 44 BC')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no day 30'),
    });
  });
});

describe('long dates as spreadsheets write them', () => {
  it.each([
    ['Sunday, December 7, 1941', '1941-12-07'],
    ['Sunday, 7 December 1941', '1941-12-07'],
    ['Sun 7 Dec 1941', '1941-12-07'],
    ['Wed. 9 May 2020', '2020-05-09'],
    ['7th of December 1941', '1941-12-07'],
    ['7 December, 1941', '1941-12-07'],
    ['2014-01-22T23:30:00-05:00', '2014-01-22'],
    ['2014-01-22T23:30:00+0100', '2014-01-22'],
  ])('"%s" is %s', (text, date) => {
    expect(parseEventDate(text)).toEqual({ ok: true, date });
  });

  it('reads a word that only starts like a day’s name as it did', () => {
    expect(parseEventDate('Sunset 1941').ok).toBe(false);
    expect(parseEventDate('Monday').ok).toBe(false);
  });
});

describe('years long ago, and eras', () => {
  it.each([
    ['70', '0070'],
    ['-44', '-0044'],
    ['-997', '-0997'],
    ['-8000', '-8000'],
    ['-4600000000', '-4600000000'],
    ['13 Feb 858', '0858-02-13'],
    ['Apr 900', '0900-04'],
    ['Feb 13, 858', '0858-02-13'],
    ['800', '0800'],
    ['476', '0476'],
    ['AD 800', '0800'],
    ['A.D. 800', '0800'],
    ['800 AD', '0800'],
    ['800 CE', '0800'],
    ['14 AD', '0014'],
    ['44 BC', '-0044'],
    ['44 BCE', '-0044'],
    ['44 B.C.', '-0044'],
    ['44 b.c.e.', '-0044'],
    ['1200BC', '-1200'],
    ['March 44 BC', '-0044-03'],
    ['15 March 44 BC', '-0044-03-15'],
    ['15th March 44 BCE', '-0044-03-15'],
    ['March 15, 44 BC', '-0044-03-15'],
    ['25 December 800 AD', '0800-12-25'],
  ])('"%s" is %s', (text, date) => {
    expect(parseEventDate(text)).toEqual({ ok: true, date });
    // As the validator reads it: the written BCE year, with no year 0.
    expect(parseDate(date).ok).toBe(true);
  });

  it('"-0" and "0" are no year, and a signed year is never a day number', () => {
    expect(parseEventDate('-0')).toMatchObject({ ok: false, reason: '"-0": there is no year 0' });
    expect(parseEventDate('-45123')).toEqual({ ok: true, date: '-45123' });
  });

  it('a decade is its ten years; US-style day spans take their month and year from the end', () => {
    expect(parseEventSpan('1850s')).toEqual({ ok: true, start: '1850', end: '1859' });
    expect(parseEventSpan('1850’s')).toEqual({ ok: true, start: '1850', end: '1859' });
    expect(parseEventSpan('April 6-7, 1862')).toEqual({
      ok: true,
      start: '1862-04-06',
      end: '1862-04-07',
    });
    expect(parseEventSpan('September 17–19, 1862')).toEqual({
      ok: true,
      start: '1862-09-17',
      end: '1862-09-19',
    });
    expect(parseEventSpan('Nov 16-Dec 10, 1864')).toEqual({
      ok: true,
      start: '1864-11-16',
      end: '1864-12-10',
    });
    expect(parseEventSpan('7–9 Mar. 2020')).toEqual({
      ok: true,
      start: '2020-03-07',
      end: '2020-03-09',
    });
  });

  it('a leap day BCE is checked against the years as counted (1 BCE, 5 BCE are leap years)', () => {
    expect(parseEventDate('29 February 1 BC')).toEqual({ ok: true, date: '-0001-02-29' });
    expect(parseEventDate('29 February 5 BC')).toEqual({ ok: true, date: '-0005-02-29' });
    expect(parseEventDate('29 February 2 BC').ok).toBe(false);
  });

  it('a span BCE: the start takes the end’s era, and the order is the years’, not the text’s', () => {
    expect(parseEventSpan('500–400 BC')).toEqual({ ok: true, start: '-0500', end: '-0400' });
    expect(parseEventSpan('44 BC – AD 14')).toEqual({ ok: true, start: '-0044', end: '0014' });
    expect(parseEventSpan('c. 500 – 400 BC')).toEqual({
      ok: true,
      start: '-0500',
      end: '-0400',
      approximate: true,
    });
    expect(parseEventSpan('500-400 BC')).toEqual({ ok: true, start: '-0500', end: '-0400' });
    expect(parseEventSpan('44 BC-14 AD')).toEqual({ ok: true, start: '-0044', end: '0014' });
    // A day before the end's date is a day, completed from the end's words, never a year.
    expect(parseEventSpan('20–25 July 10 BC')).toEqual({
      ok: true,
      start: '-0010-07-20',
      end: '-0010-07-25',
    });
    expect(parseEventSpan('7–9 May 44 BC')).toEqual({
      ok: true,
      start: '-0044-05-07',
      end: '-0044-05-09',
    });
    expect(parseEventSpan('7–9 May 800 AD')).toEqual({
      ok: true,
      start: '0800-05-07',
      end: '0800-05-09',
    });
    expect(parseEventSpan('400 BC – 500 BC')).toEqual({
      ok: false,
      reason: '"400 BC – 500 BC" ends before it starts',
    });
    expect(startsBefore('-0500', '-0400')).toBe(true);
    expect(startsBefore('-0400', '-0500')).toBe(false);
    expect(startsBefore('1944-01', '1944')).toBe(false);
  });
});

describe('a date that must be a day, as conflict exports give it', () => {
  it('is read as any date', () => {
    expect(parseEventDay('28 December 2022')).toEqual({ ok: true, date: '2022-12-28' });
    expect(parseEventDay('14/08/2020', 'day-first')).toEqual({ ok: true, date: '2020-08-14' });
  });

  it('refuses a month or a year alone, saying so', () => {
    expect(parseEventDay('January 1944')).toEqual({
      ok: false,
      reason:
        '"January 1944" is a month, not a day: this column gives each event’s day (such as 2023-02-16)',
    });
    expect(parseEventDay('2023')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"2023" is a year, not a day'),
    });
    expect(parseEventDay('2023-02-30')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no day 30'),
    });
  });
});

describe('a span in one cell, as history sheets write it', () => {
  it.each([
    ['1939–1945', '1939', '1945'],
    ['1853 - 1860', '1853', '1860'],
    ['1853-1860', '1853', '1860'],
    ['April-May 1945', '1945-04', '1945-05'],
    ['April – May 1945', '1945-04', '1945-05'],
    ['7-9 May 2020', '2020-05-07', '2020-05-09'],
    ['1 May to 3 May 2020', '2020-05-01', '2020-05-03'],
    ['December 7, 1941 – January 1942', '1941-12-07', '1942-01'],
    ['2023-02-16 – 2023-02-18', '2023-02-16', '2023-02-18'],
    ['1945–1945', '1945', undefined],
  ])('reads %s as %s to %s', (text, start, end) => {
    expect(parseEventSpan(text)).toEqual({ ok: true, start, ...(end ? { end } : {}) });
  });

  it('reads one date as a date, and a date with hyphens as one date', () => {
    expect(parseEventSpan('2023-02-16')).toEqual({ ok: true, start: '2023-02-16' });
    expect(parseEventSpan('9-May-20')).toEqual({ ok: true, start: '2020-05-09' });
    expect(parseEventSpan('January 1944')).toEqual({ ok: true, start: '1944-01' });
  });

  it('refuses a span that ends before it starts, or a side that is no date', () => {
    expect(parseEventSpan('1945–1939')).toEqual({
      ok: false,
      reason: '"1945–1939" ends before it starts',
    });
    expect(parseEventSpan('May-April 1945')).toMatchObject({ ok: false });
    expect(parseEventSpan('soon – 1945')).toMatchObject({ ok: false });
    expect(parseEventSpan('1945 – later')).toMatchObject({ ok: false });
  });

  it('refuses an end whose first day is before the start, as the validator does', () => {
    // "May 1945" starts on 1 May: before 9 May, so the chronology would refuse it too.
    expect(parseEventSpan('9 May 1945 – May 1945')).toEqual({
      ok: false,
      reason: '"9 May 1945 – May 1945" ends before it starts',
    });
  });

  it('reads years written short, an end that has not come, and numeric sides in the column order', () => {
    expect(parseEventSpan('1939-45')).toEqual({ ok: true, start: '1939', end: '1945' });
    expect(parseEventSpan('1999-00')).toEqual({ ok: true, start: '1999', end: '2000' });
    expect(parseEventSpan('1914–18')).toEqual({ ok: true, start: '1914', end: '1918' });
    expect(parseEventSpan('1910–11')).toEqual({ ok: true, start: '1910', end: '1911' });
    // Without a dash of its own, "1910-11" is ISO's November 1910.
    expect(parseEventSpan('1910-11')).toEqual({ ok: true, start: '1910-11' });
    expect(parseEventSpan('1990 – present')).toEqual({
      ok: true,
      start: '1990',
      openEnd: 'present',
    });
    expect(parseEventSpan('14/5/2020 – 16/5/2020', 'day-first')).toEqual({
      ok: true,
      start: '2020-05-14',
      end: '2020-05-16',
    });
  });

  it('says what is wrong with a side, where the cell can only be a span', () => {
    expect(parseEventSpan('1 May 2020 – 31 June 2020')).toEqual({
      ok: false,
      reason: '"31 June 2020" is not a day: 2020-06 has no day 31',
    });
    expect(parseEventSpan('1/5/2020 – 3/5/2020')).toEqual({
      ok: false,
      reason: '"3/5/2020": the order of day and month is not known',
    });
  });
});

describe('a date its writer was not sure of', () => {
  it.each([
    ['c. 1853', '1853'],
    ['c.1853', '1853'],
    ['c 1853', '1853'],
    ['ca. 1853', '1853'],
    ['Circa 1853', '1853'],
    ['circa March 1853', '1853-03'],
    ['~1853', '1853'],
    ['about 1853', '1853'],
    ['Around 12 May 1853', '1853-05-12'],
    ['abt. 1853', '1853'],
    ['approx. 1853', '1853'],
    ['approximately 1853', '1853'],
    ['1853?', '1853'],
    ['1853 (?)', '1853'],
    ['1853 [?]', '1853'],
    ['1853 (approx.)', '1853'],
  ])('"%s" is read as %s and marked approximate', (text, date) => {
    expect(parseEventSpan(text)).toEqual({ ok: true, start: date, approximate: true });
    expect(parseLooseDate(text)).toEqual({ ok: true, date, approximate: true });
  });

  it('marks a span approximate when either side is', () => {
    expect(parseEventSpan('c. 1939 – c. 1945')).toEqual({
      ok: true,
      start: '1939',
      end: '1945',
      approximate: true,
    });
    expect(parseEventSpan('1853 – 1860?')).toEqual({
      ok: true,
      start: '1853',
      end: '1860',
      approximate: true,
    });
    expect(parseEventSpan('c. 1990 – present')).toEqual({
      ok: true,
      start: '1990',
      openEnd: 'present',
      approximate: true,
    });
  });

  it('reads an approximate month whole, never as a span of years', () => {
    expect(parseEventSpan('c. 1869-12')).toEqual({ ok: true, start: '1869-12', approximate: true });
    expect(parseEventSpan('1869-12?')).toEqual({ ok: true, start: '1869-12', approximate: true });
    expect(parseEventSpan('c. 1910-11')).toEqual({ ok: true, start: '1910-11', approximate: true });
    expect(parseEventSpan('~2020-05')).toEqual({ ok: true, start: '2020-05', approximate: true });
  });

  it('says what is wrong with the date once its words are taken off', () => {
    expect(parseEventSpan('c. 30 February 1853')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no day 30'),
    });
    expect(parseLooseDate('c. 31 April 1854')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no day 31'),
    });
    expect(parseEventSpan('c. 1860 – c. 1850')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ends before it starts'),
    });
  });

  it('leaves exact dates as they are, and words that are not a date refused as before', () => {
    expect(parseEventSpan('1853')).toEqual({ ok: true, start: '1853' });
    expect(parseLooseDate('1853')).toEqual({ ok: true, date: '1853' });
    // Not words of approximation: a name that starts with "c" or "ca", a lone question mark.
    expect(withoutApproximation('Cairo 1853')).toEqual({ text: 'Cairo 1853', approximate: false });
    expect(withoutApproximation('?')).toEqual({ text: '?', approximate: false });
    // The reason names the cell as written.
    expect(parseEventSpan('circa someday')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"circa someday" is not a date Parley reads'),
    });
    expect(parseLooseDate('1853??').ok).toBe(false);
  });
});

describe('an end that has not come', () => {
  it('is said as "Present", "ongoing", "today", in any case', () => {
    for (const text of ['Present', 'present', ' PRESENT ', 'ongoing', 'Today', 'now', 'to date'])
      expect(isOpenEnd(text), text).toBe(true);
    for (const text of ['', '1944', 'Presently 1944', 'January 1944'])
      expect(isOpenEnd(text), text).toBe(false);
  });
});

describe('the day/month order of a numeric column', () => {
  it('is settled by a first number over 12 (day first) or a second over 12 (month first)', () => {
    expect(numericOrder(['01/02/2020', '14/08/2020 00:00:00'])).toEqual({
      order: 'day-first',
      settledBy: '14/08/2020 00:00:00',
    });
    expect(numericOrder(['1/2/2014 12:00:00 AM', '1/22/2014 12:00:00 AM'])).toEqual({
      order: 'month-first',
      settledBy: '1/22/2014 12:00:00 AM',
    });
  });

  it('is undecided when no value settles it, or when values settle it both ways', () => {
    expect(numericOrder(['01/02/2020', '03/04/2020'])).toMatchObject({
      order: undefined,
      reason: 'undecided',
    });
    expect(numericOrder(['14/08/2020', '08/14/2020'])).toMatchObject({
      order: undefined,
      reason: 'both',
    });
    expect(numericOrder(['2020-01-02'])).toMatchObject({ order: undefined, reason: 'no-numeric' });
  });
});

describe('the choice put to the reader', () => {
  it('spells a numeric date both ways', () => {
    expect(spelled('01/02/2020', 'day-first')).toBe('1 February 2020');
    expect(spelled('01/02/2020', 'month-first')).toBe('2 January 2020');
  });
});
