import { describe, expect, it } from 'vitest';
import { utcYear } from 'd3-time';
import { binInterval, createTimeScale, dataExtent, timeTicks, yearBins } from './scale';
import { mustParseDate, yearText } from '../model/dates';

const DAY = 86_400_000;
const at = (y: number, m: number, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);

function ticksFor(from: number, to: number, width = 1000) {
  return timeTicks(createTimeScale([from, to], width));
}

describe('time ticks adapt to the zoom', () => {
  it.each([
    [at(2000, 1), at(2030, 1), 'year'],
    [at(2024, 1), at(2026, 1), 'month'],
    [at(2025, 1), at(2025, 4), 'week'],
    [at(2025, 2, 1), at(2025, 2, 11), 'day'],
    [at(2025, 2, 11), at(2025, 2, 12), 'hour'],
  ])('%s – %s at 1000 px shows %s ticks', (from, to, unit) => {
    expect(ticksFor(from, to).unit).toBe(unit);
  });

  it('labels are far enough apart to read', () => {
    for (const [from, to] of [
      [at(2000, 1), at(2030, 1)],
      [at(2025, 1), at(2025, 12)],
      [at(2025, 2, 11), at(2025, 2, 13)],
    ] as const) {
      const xs = ticksFor(from, to).ticks.map((t) => t.x);
      for (let i = 1; i < xs.length; i++)
        expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(60);
    }
  });

  it('month ticks name the month and mark the new year with its number', () => {
    const ticks = ticksFor(at(2024, 10), at(2025, 4)).ticks;
    expect(ticks.map((t) => t.label)).toContain('Jan 2025');
    expect(ticks.map((t) => t.label)).toContain('Feb');
    expect(ticks.find((t) => t.label === 'Jan 2025')?.major).toBe(true);
  });

  it('ticks sit on UTC boundaries, whatever the machine zone', () => {
    const ticks = ticksFor(at(2025, 2, 1), at(2025, 2, 15)).ticks;
    for (const t of ticks) expect(t.ms % DAY).toBe(0);
    expect(ticks[0]?.label).toMatch(/^\d+ Feb$/);
  });

  it('hour ticks read as times of day', () => {
    const labels = ticksFor(at(2025, 2, 11, 6), at(2025, 2, 11, 18)).ticks.map((t) => t.label);
    expect(labels).toContain('12:00');
  });
});

describe('data extent', () => {
  it('pads the span so edge events are not cut', () => {
    const [from, to] = dataExtent([at(2025, 1)], [at(2025, 12)]);
    expect(from).toBeLessThan(at(2025, 1));
    expect(to).toBeGreaterThan(at(2025, 12));
  });

  it('gives a sane range when there is nothing', () => {
    const [from, to] = dataExtent([], []);
    expect(to).toBeGreaterThan(from);
  });
});

describe('count bins', () => {
  it('are months when zoomed out to years and days when zoomed to weeks', () => {
    expect(
      binInterval(createTimeScale([at(2020, 1), at(2026, 1)], 1000), 12).range(
        at(2025, 1),
        at(2025, 3),
      ).length,
    ).toBe(2);
    const days = binInterval(createTimeScale([at(2025, 2, 1), at(2025, 2, 20)], 1000), 12);
    expect(days.range(at(2025, 2, 1), at(2025, 2, 3)).length).toBe(2);
  });

  it('of several years start where D3 starts them (2020, 2030), and reach into deep time', () => {
    const decades = yearBins(10);
    expect(decades.range(at(2001, 1), at(2041, 1))).toEqual([
      at(2010, 1),
      at(2020, 1),
      at(2030, 1),
      at(2040, 1),
    ]);
    expect(decades.range(at(2001, 1), at(2041, 1))).toEqual(
      utcYear
        .every(10)!
        .range(new Date(at(2001, 1)), new Date(at(2041, 1)))
        .map(Number),
    );
    expect(decades.floor(at(2025, 6))).toBe(at(2020, 1));
    expect(decades.offset(at(2020, 1), 1)).toBe(at(2030, 1));
    const deep = binInterval(createTimeScale([year(-13_800_000_000), year(2000)], 1000), 10);
    const edges = deep.range(year(-13_800_000_000), year(2000));
    expect(edges.length).toBeGreaterThan(50);
    expect(edges.length).toBeLessThanOrEqual(101);
    expect([...edges].sort((a, b) => a - b)).toEqual(edges);
  });
});

const year = (y: number) => mustParseDate(yearText(y)).startMs;

describe('ticks in deep time (TimelineJS cosmological timelines)', () => {
  it('from the Big Bang to now: round billions of years, labelled as years ago', () => {
    const scale = createTimeScale([year(-13_800_000_000), year(2000)], 1000);
    const { unit, step, ticks } = timeTicks(scale, 72);
    expect(unit).toBe('year');
    expect(step).toBe(2_000_000_000);
    expect(ticks.map((t) => t.label)).toEqual([
      '12 billion years ago',
      '10 billion years ago',
      '8 billion years ago',
      '6 billion years ago',
      '4 billion years ago',
      '2 billion years ago',
    ]);
    for (const tick of ticks) expect(tick.x).toBeCloseTo(scale(tick.ms), 6);
  });

  it('zoomed in near the Solar System, the labels still tell the ticks apart', () => {
    const scale = createTimeScale([year(-4_600_000_100), year(-4_599_999_900)], 800);
    const { ticks } = timeTicks(scale, 72);
    expect(ticks.length).toBeGreaterThan(3);
    expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
    expect(ticks[0]!.label).toMatch(/^4\.600000\d* billion years ago$/);
  });

  it('a span of millions of years shows millions', () => {
    const scale = createTimeScale([year(-540_000_000), year(-250_000_000)], 800);
    expect(timeTicks(scale, 72).ticks.map((t) => t.label)).toContain('500 million years ago');
  });
});

describe('ticks before the common era', () => {
  const at = (text: string) => mustParseDate(text).startMs;

  it('count centuries as historians do: 300 BCE, 200 BCE, 100 BCE, then 100, 200', () => {
    const scale = createTimeScale([at('-0350'), at('0250')], 600);
    const { unit, step, ticks } = timeTicks(scale, 72);
    expect(unit).toBe('year');
    expect(step).toBe(100);
    expect(ticks.map((t) => t.label)).toEqual(['300 BCE', '200 BCE', '100 BCE', '100', '200']);
  });

  it('reach millennia for a history of thousands of years, each tick where its year starts', () => {
    const scale = createTimeScale([at('-3500'), at('2025')], 800);
    const { step, ticks } = timeTicks(scale, 72);
    expect(step).toBeGreaterThanOrEqual(500);
    expect(ticks[0]?.label).toMatch(/ BCE$/);
    for (const tick of ticks) {
      const year = tick.label.endsWith(' BCE')
        ? -Number(tick.label.slice(0, -4))
        : Number(tick.label);
      expect(tick.ms).toBe(mustParseDate(yearText(year)).startMs);
    }
  });
});

describe('a cosmological timeline as it first shows', () => {
  const start = (t: string) => mustParseDate(t).startMs;
  const starts = ['-13800000000', '-4600000000', '1969-07-20', '1990-04-25'].map(start);

  it('is padded back in time but never past 9999: every tick and count period reads as years', () => {
    const extent = dataExtent(
      starts,
      starts.map((s) => s + 86_400_000),
    );
    expect(extent[1]).toBeLessThanOrEqual(Date.UTC(10000, 0, 1));
    const { ticks } = timeTicks(createTimeScale(extent, 990));
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick.label).not.toMatch(/NaN|undefined/);
    const bins = binInterval(createTimeScale(extent, 990), 10).range(extent[0], extent[1]);
    expect(bins.every(Number.isFinite)).toBe(true);
  });

  it('zoomed into two hundred years, 4.6 billion years ago, the labels fit between the ticks', () => {
    const scale = createTimeScale([year(-4_600_000_100), year(-4_599_999_900)], 800);
    const { ticks } = timeTicks(scale, 72);
    for (let i = 1; i < ticks.length; i++) {
      const room = ticks[i]!.x - ticks[i - 1]!.x;
      expect(room).toBeGreaterThanOrEqual(ticks[i - 1]!.label.length * 5.6);
    }
  });
});
