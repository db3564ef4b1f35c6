import { describe, expect, it } from 'vitest';
import { eventsPerMonth, hoursPerMonth, kindsOf, monthDays, monthRange } from './months';
import { selection } from './test-data';

const { columns, rows: all } = selection();

describe('eventsPerMonth', () => {
  const series = eventsPerMonth(columns, all);

  it('has every month from the first to the last, the empty ones too', () => {
    expect(series.months.map((m) => m.month)).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ]);
    expect(series.months[2]).toMatchObject({ total: 0, kinds: new Map() });
  });

  it('counts each month by kind', () => {
    const march = series.months[1];
    expect(march?.total).toBe(3);
    expect(Object.fromEntries(march?.kinds ?? [])).toEqual({
      'negotiation-round': 1,
      'envoy-meeting': 1,
      'phone-call': 1,
    });
  });

  it('puts an event known only to its year in no month, and says how many', () => {
    expect(series.unplaced).toBe(1);
    // 'year' is the data's only document, and every other event is counted in its month.
    expect(series.months.some((m) => m.kinds.has('document'))).toBe(false);
    expect(series.months.reduce((n, m) => n + m.total, 0)).toBe(all.length - 1);
  });

  it('orders kinds busiest first', () => {
    expect(kindsOf(series.months)).toEqual(['envoy-meeting', 'negotiation-round', 'phone-call']);
  });

  it('counts an event in the month of the calendar it was written in, not of UTC', () => {
    // 01:00 in Moscow on 1 April is 22:00 UTC on 31 March.
    const late = selection({
      events: [{ id: 'a', title: 'a', start: '2025-04-01T01:00+03:00', kind: 'phone-call' }],
    });
    expect(eventsPerMonth(late.columns, late.rows).months.map((m) => m.month)).toEqual(['2025-04']);
  });

  it('is empty for no events', () => {
    expect(eventsPerMonth(columns, [])).toEqual({ months: [], unplaced: 0 });
  });
});

describe('hoursPerMonth', () => {
  const byMonth = new Map(hoursPerMonth(columns, all).months.map((m) => [m.month, m]));

  it('sums the lowest and the highest reported durations: a dispute stays a range', () => {
    // 11 Feb: 3–3.5 h (disputed); 18 Feb: 270 min = 4.5 h.
    expect(byMonth.get('2025-02')).toMatchObject({ low: 7.5, high: 8, timed: 2, disputed: 1 });
  });

  it('does not count an event without a duration as zero hours, but as not timed', () => {
    // Jeddah has no figure; 13 Mar 3–4 h; the call "under 50 min" counts as 50 min.
    const march = byMonth.get('2025-03');
    expect(march).toMatchObject({ timed: 2, disputed: 1, untimed: 1 });
    expect(march?.low).toBeCloseTo(3 + 50 / 60);
    expect(march?.high).toBeCloseTo(4 + 50 / 60);
    expect(byMonth.get('2025-08')).toMatchObject({ low: 0, high: 0, timed: 0, untimed: 1 });
  });

  it('converts days to hours, for an event known to its month', () => {
    expect(byMonth.get('2025-05')).toMatchObject({ low: 48, high: 48 });
  });
});

describe('months', () => {
  it('monthRange crosses a year', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
  it('monthDays gives the first and last day, leap years included', () => {
    expect(monthDays('2024-02')).toEqual({ after: '2024-02-01', before: '2024-02-29' });
    expect(monthDays('2025-12')).toEqual({ after: '2025-12-01', before: '2025-12-31' });
  });
});
