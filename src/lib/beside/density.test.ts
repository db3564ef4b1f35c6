import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chronology } from '../model/types';
import type { Binning } from '../timeline/scale';
import { months, utcDays, utcMondays, utcYears } from '../timeline/utc-intervals';
import { textAt } from './columns';
import { BandCounter, beforeAfter, besideData, besideRows, densityBins } from './density';

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
const all = besideRows(data);

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
    const battles = besideRows(data, { tracks: new Set([data.tracks.indexOf('Battles')]) });
    // In time order: the span of 14–16 March before the week around 20 March.
    expect(Array.from(battles, (r) => textAt(data.ids, r))).toEqual(['b', 'f', 'e']);
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
    const kharkiv = besideRows(withRegions, { region: 0 });
    expect(Array.from(kharkiv, (r) => textAt(withRegions.ids, r))).toEqual(['k']);
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

describe('by actor', () => {
  it('keeps the events an actor took part in, first or second', () => {
    const fought = besideData({
      events: [
        { id: '1', title: 'A', start: '2025-03-01', participants: ['Russia', 'Ukraine'] },
        { id: '2', title: 'B', start: '2025-03-02', participants: ['Ukraine'] },
        { id: '3', title: 'C', start: '2025-03-03', participants: ['Wagner', 'Civilians'] },
        { id: '4', title: 'D', start: '2025-03-04' },
      ],
    });
    expect(fought.actors).toEqual(['Russia', 'Ukraine', 'Wagner', 'Civilians']);
    const ukraine = besideRows(fought, { actor: fought.actors.indexOf('Ukraine') });
    expect(Array.from(ukraine, (r) => textAt(fought.ids, r))).toEqual(['1', '2']);
  });
});

/** The band as first written: every row looked at, its bar found by search. The counter must agree. */
function recount(
  d: typeof data,
  rows: ArrayLike<number>,
  binning: Binning,
  t0: number,
  t1: number,
) {
  const { bins } = densityBins(d, [], binning, t0, t1);
  const from = bins[0]!.t0;
  const to = bins[bins.length - 1]!.t1;
  let coarse = 0;
  for (const row of Array.from(rows)) {
    const start = d.starts[row]!;
    const end = d.ends[row]!;
    if (end <= from || start >= to) continue;
    const bin = bins.find((b) => start >= b.t0 && start < b.t1);
    if (!bin || end > bin.t1) {
      coarse++;
      continue;
    }
    bin.events++;
    if (!Number.isNaN(d.fatalities[row]!)) bin.fatalities += d.fatalities[row]!;
  }
  return { bins, coarse };
}

describe('the band counter', () => {
  const DATES = ['2024', '2024-12', '2025-02', '2025-02-27', '2025-03', '2025-03-01', '2025-03-09'];
  const DAYS = ['2025-03-02', '2025-03-10', '2025-03-31', '2025-04-01', '2025-04-14'];
  const event = fc.record({
    start: fc.constantFrom(...DATES, ...DAYS),
    end: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
    approximate: fc.boolean(),
    dead: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
    track: fc.constantFrom('Battles', 'Explosions'),
  });
  const bars: [string, Binning][] = [
    ['days', utcDays],
    ['weeks', utcMondays],
    ['months', months()],
    ['quarters', months(3)],
    ['years', utcYears],
  ];

  it('counts every bar as looking at each event would, for any events, bars and view', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.constantFrom(...bars),
        fc.constantFrom(...DATES, ...DAYS),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        (events, [, binning], from, days, battlesOnly) => {
          const d = besideData({
            events: events.map((e, i) => ({
              id: `e${i}`,
              title: `Event ${i}`,
              start: e.start,
              ...(e.end && e.end > e.start ? { end: e.end } : {}),
              ...(e.approximate ? { approximate: true } : {}),
              track: e.track,
              ...(e.dead === undefined
                ? {}
                : { figures: [{ measure: 'fatalities', unit: 'count' as const, value: e.dead }] }),
            })),
          });
          const rows = besideRows(
            d,
            battlesOnly ? { tracks: new Set([d.tracks.indexOf('Battles')]) } : {},
          );
          const t0 = Date.parse(
            `${from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from}T00:00:00Z`,
          );
          const t1 = t0 + days * 86_400_000;
          const counter = new BandCounter(d, rows);
          // Asked twice, as at two frames: the sums kept from the first answer the second.
          counter.count(binning, t0, t1);
          expect(counter.count(binning, t0, t1)).toEqual(recount(d, rows, binning, t0, t1));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lists a bar’s events: those wholly inside it', () => {
    const counter = new BandCounter(data, all);
    const march10 = counter.rowsIn(day('2025-03-10'), day('2025-03-11'));
    expect(march10.map((r) => textAt(data.ids, r)).sort()).toEqual(['a', 'b']);
    const march = counter.rowsIn(day('2025-03-01'), day('2025-04-01'));
    expect(march).toHaveLength(6);
  });
});

describe('ids and titles held as one string each', () => {
  it('give back every title, empty and non-Latin ones too, in time order', () => {
    const held = besideData({
      events: [
        { id: 'late', title: 'Київ', start: '2025-03-02' },
        { id: 'early', title: '', start: '2025-03-01' },
        { id: 'mid', title: 'a “quoted” title', start: '2025-03-01T12:00Z' },
      ],
    });
    expect([0, 1, 2].map((i) => textAt(held.ids, i))).toEqual(['early', 'mid', 'late']);
    expect([0, 1, 2].map((i) => textAt(held.titles, i))).toEqual(['', 'a “quoted” title', 'Київ']);
  });

  it('keep every title across the pieces they are kept in while events arrive (20,000, newest first)', () => {
    const n = 20_000;
    const events = Array.from({ length: n }, (_, i) => ({
      id: `e${n - i}`,
      title: i % 7 === 0 ? '' : `Event ${n - i} ${'·'.repeat(i % 5)}`,
      start: new Date(Date.UTC(2020, 0, 1) + (n - i) * 3_600_000).toISOString().slice(0, 16) + 'Z',
    }));
    const held = besideData({ events });
    const expected = [...events].reverse();
    for (const i of [0, 1, 8191, 8192, 8193, 12_345, n - 1]) {
      expect(textAt(held.ids, i)).toBe(expected[i]!.id);
      expect(textAt(held.titles, i)).toBe(expected[i]!.title);
    }
  });
});
