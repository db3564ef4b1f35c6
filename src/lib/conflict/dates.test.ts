import { describe, expect, it } from 'vitest';
import { numericOrder, parseEventDate, spelled } from './dates';

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
