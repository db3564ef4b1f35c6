import { describe, expect, it } from 'vitest';
import type { Chronology } from '../model/types';
import { months, utcDays } from '../timeline/utc-intervals';
import { beforeAfter, besideData, besideRows, densityBins } from './density';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const chronology: Chronology = {
  title: 'Test conflict events',
  events: [
    {
      id: 'a',
      title: 'Shelling',
      start: '2025-03-10',
      track: 'Explosions',
      figures: [{ measure: 'fatalities', unit: 'count', value: 2, preferred: true }],
    },
    {
      id: 'b',
      title: 'Clash',
      start: '2025-03-10',
      track: 'Battles',
      figures: [{ measure: 'fatalities', unit: 'count', value: 5 }],
    },
    { id: 'c', title: 'Strike', start: '2025-03-12', track: 'Explosions' },
    {
      id: 'd',
      title: 'Known to the month',
      start: '2025-03',
      track: 'Explosions',
      figures: [{ measure: 'fatalities', unit: 'count', value: 9 }],
    },
    { id: 'e', title: 'Within a week', start: '2025-03-20', approximate: true, track: 'Battles' },
    {
      id: 'f',
      title: 'A span of days',
      start: '2025-03-14',
      end: '2025-03-16',
      track: 'Battles',
      figures: [
        { measure: 'fatalities', unit: 'count', value: 1 },
        { measure: 'fatalities', unit: 'count', min: 1, max: 3 },
      ],
    },
  ],
};
const data = besideData(chronology);
const all = besideRows(data, null);

describe('a dataset beside the talks, counted per period', () => {
  it('counts events and fatalities per day, leaving out what is known less exactly than a day', () => {
    const { bins, coarse } = densityBins(data, all, utcDays, day('2025-03-01'), day('2025-04-01'));
    const on = (text: string) => bins.find((b) => b.t0 === day(text))!;
    expect(on('2025-03-10')).toMatchObject({ events: 2, fatalities: 7 });
    expect(on('2025-03-12')).toMatchObject({ events: 1, fatalities: 0 });
    // The month-known event, the week-known one and the three-day span are in no day's bar.
    expect(coarse).toBe(3);
    expect(bins.reduce((n, b) => n + b.events, 0)).toBe(3);
  });

  it('puts them all in the month’s bar when the bars are months', () => {
    const { bins, coarse } = densityBins(data, all, months(), day('2025-02-01'), day('2025-05-01'));
    expect(bins.find((b) => b.t0 === day('2025-03-01'))).toMatchObject({
      events: 6,
      fatalities: 17,
    });
    expect(coarse).toBe(0);
  });

  it('filters by lane', () => {
    const battles = besideRows(data, new Set([data.tracks.indexOf('Battles')]));
    expect(battles.map((r) => data.ids[r])).toEqual(['b', 'e', 'f']);
  });

  it('and by region, events without one in a region of their own', () => {
    const withRegions = besideData({
      events: [
        { id: 'k', title: 'A', start: '2025-03-01', location: { region: 'Kharkiv Oblast' } },
        { id: 'z', title: 'B', start: '2025-03-02', location: { region: 'Zaporizhzhia Oblast' } },
        { id: 'n', title: 'C', start: '2025-03-03' },
      ],
    });
    expect(withRegions.regions).toEqual(['Kharkiv Oblast', 'Zaporizhzhia Oblast', '']);
    const kharkiv = besideRows(withRegions, null, 0);
    expect(kharkiv.map((r) => withRegions.ids[r])).toEqual(['k']);
  });
});

describe('before and after a talks event', () => {
  it('counts what lies wholly in the N days before its start and after its end, and says what it left out', () => {
    const talks: [number, number] = [day('2025-03-13'), day('2025-03-14')];
    const seven = beforeAfter(data, all, talks, 7);
    expect(seven.before).toEqual({ events: 3, fatalities: 7, withoutFigure: 1 });
    expect(seven.after).toEqual({ events: 1, fatalities: 1, withoutFigure: 0 });
    // The month-known event touches both windows (one event left out, not two); the week
    // around 20 March overlaps the end of the "after" window.
    expect(seven.coarse).toBe(2);
    const one = beforeAfter(data, all, talks, 1);
    expect(one.before).toEqual({ events: 1, fatalities: 0, withoutFigure: 1 });
  });
});

describe('the bars at the view’s edges', () => {
  it('count everything they hold, even what lies just outside the view', () => {
    // Months as bars, the view starting on 15 March: March's bar still holds 10 March.
    const { bins } = densityBins(data, all, months(), day('2025-03-15'), day('2025-04-15'));
    expect(bins[0]).toMatchObject({ t0: day('2025-03-01'), events: 6 });
  });

  it('an approximate month or year is not taken for a week', () => {
    const loose = besideData({
      events: [{ id: 'y', title: 'Some time in 2024', start: '2024', approximate: true }],
    });
    expect(loose.starts[0]).toBe(day('2024-01-01'));
    expect(loose.ends[0]).toBe(day('2025-01-01'));
  });
});
