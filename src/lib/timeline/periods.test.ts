import { describe, expect, it } from 'vitest';
import { binSummary, periodName, tickPeriod } from './periods';

const t = (iso: string) => Date.parse(iso);

describe('periods in words', () => {
  it.each([
    ['2025-03-01', '2025-04-01', 'March 2025'],
    ['2025-01-01', '2025-04-01', 'January–March 2025'],
    ['2025-01-01', '2026-01-01', '2025'],
    ['2020-01-01', '2025-01-01', '2020–2024'],
    ['2025-03-05', '2025-03-06', '5 March 2025'],
    ['2025-03-03', '2025-03-10', 'the week of 3 March 2025'],
    ['2025-03-05', '2025-03-09', '5 March 2025 – 8 March 2025'],
    ['2025-03-05T14:00Z', '2025-03-05T15:00Z', '5 March 2025, 14:00–15:00'],
    ['2025-12-01', '2026-02-01', '1 December 2025 – 31 January 2026'],
  ])('[%s, %s) is %s', (from, to, name) => {
    expect(periodName(t(from), t(to))).toBe(name);
  });

  it.each([
    [12, '2025-03-01', '2025-04-01', '12 events, March 2025'],
    [1, '2025-01-01', '2026-01-01', '1 event, 2025'],
  ])('a bar of %i events says so with its period', (count, from, to, text) => {
    expect(binSummary({ count, t0: t(from), t1: t(to) })).toBe(text);
  });

  it.each([
    ['month', '2025-03-01', '2025-04-01'],
    ['year', '2025-01-01', '2026-01-01'],
    ['week', '2025-03-03', '2025-03-10'],
    ['day', '2025-03-05', '2025-03-06'],
  ] as const)('a %s tick at %s names the period up to %s', (unit, at, end) => {
    const tick = { ms: t(at), x: 0, label: '', major: false };
    expect(tickPeriod(tick, unit)).toEqual([t(at), t(end)]);
  });
});

describe('periods before the common era', () => {
  it('name years and months as historians count them', () => {
    expect(periodName(Date.UTC(-43, 0, 1), Date.UTC(-42, 0, 1))).toBe('44 BCE');
    expect(periodName(Date.UTC(-43, 2, 1), Date.UTC(-43, 3, 1))).toBe('March 44 BCE');
    // Date.UTC reads year 1 as 1901: 1 CE is set by hand.
    const ce1 = new Date(Date.UTC(2000, 0, 1));
    ce1.setUTCFullYear(1);
    expect(periodName(Date.UTC(-1, 0, 1), ce1.getTime())).toBe('2 BCE–1 BCE');
  });
});
