import { describe, expect, it } from 'vitest';
import { createTimeScale, dataExtent, timeTicks, binInterval } from './scale';
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
        new Date(at(2025, 1)),
        new Date(at(2025, 3)),
      ).length,
    ).toBe(2);
    const days = binInterval(createTimeScale([at(2025, 2, 1), at(2025, 2, 20)], 1000), 12);
    expect(days.range(new Date(at(2025, 2, 1)), new Date(at(2025, 2, 3))).length).toBe(2);
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
