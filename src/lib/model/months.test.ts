import { mustParseDate } from './dates';
import { describe, expect, it } from 'vitest';
import { monthOptions, monthSpan } from './months';
import { prepareChronology } from './prepare';

describe('jump to month', () => {
  it('lists each month of the selection once, in time order, with its events', () => {
    const { events } = prepareChronology({
      events: [
        { id: 'a', title: 'A', start: '2025-02-11' },
        { id: 'b', title: 'B', start: '2025-02-18' },
        { id: 'c', title: 'C', start: '2025' },
        { id: 'd', title: 'D', start: '2025-12-02T17:00+03:00' },
      ],
    });
    expect(monthOptions(events)).toEqual([
      { key: '2025', label: '2025 (month not known)', count: 1 },
      { key: '2025-02', label: 'February 2025', count: 2 },
      { key: '2025-12', label: 'December 2025', count: 1 },
    ]);
  });

  it('counts a month once however its events are split by others between them', () => {
    const { events } = prepareChronology({
      events: [
        { id: 'a', title: 'A', start: '2025-02-11' },
        { id: 'b', title: 'B', start: '2025-02-12' },
        { id: 'c', title: 'C', start: '2025' },
        { id: 'd', title: 'D', start: '2025-03-01' },
        { id: 'e', title: 'E', start: '2026-02-11' },
      ],
    });
    // The list passes them in time order; here one month comes back after others.
    const [a, b, c, d, e] = events.toSorted((x, y) => x.event.id.localeCompare(y.event.id));
    expect(
      monthOptions([a!, c!, b!, d!, a!, e!, b!]).map(({ key, count }) => [key, count]),
    ).toEqual([
      ['2025-02', 4],
      ['2025', 1],
      ['2025-03', 1],
      ['2026-02', 1],
    ]);
  });

  it('spans a month from its first day to the next month, across a year end', () => {
    expect(monthSpan('2025-02')).toEqual([Date.UTC(2025, 1, 1), Date.UTC(2025, 2, 1)]);
    expect(monthSpan('2025-12')).toEqual([Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)]);
    expect(monthSpan('2025')).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
    expect(monthSpan('2025-13')).toBeUndefined();
    // Keys are dates' own texts: the year 44 is not 1944, and BCE and deep years have spans.
    expect(monthSpan('0044')![0]).toBe(mustParseDate('0044').startMs);
    expect(monthSpan('-0044-03')).toEqual([
      mustParseDate('-0044-03').startMs,
      mustParseDate('-0044-03').endMs,
    ]);
    expect(monthSpan('-4600000000')![0]).toBe(mustParseDate('-4600000000').startMs);
    expect(monthSpan('soon')).toBeUndefined();
  });
});
