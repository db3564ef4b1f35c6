import { describe, expect, it } from 'vitest';
import { durationRange, formatDuration, formatHours } from './durations';
import type { Figure } from '../model/types';

const d = (f: Partial<Figure>): Figure => ({ measure: 'duration', unit: 'hour', ...f });

describe('durationRange', () => {
  it.each([
    { name: 'one figure is one number', figures: [d({ value: 3 })], low: 3, high: 3 },
    {
      name: 'disputed figures span the smallest to the largest',
      figures: [d({ value: 3 }), d({ value: 2.1 }), d({ min: 2 })],
      low: 2,
      high: 3,
    },
    { name: "a source's own range is a range", figures: [d({ min: 3, max: 4 })], low: 3, high: 4 },
    {
      name: 'minutes and days convert to hours',
      figures: [d({ unit: 'minute', value: 90 }), d({ unit: 'day', value: 1 })],
      low: 1.5,
      high: 24,
    },
    {
      name: 'words alone, counts and other measures state no duration',
      figures: [
        d({ text: 'several hours', value: undefined }),
        d({ unit: 'count', value: 7 }),
        d({ measure: 'duration of the first call', unit: 'minute', value: 10 }),
        d({ value: 5 }),
      ],
      low: 5,
      high: 5,
    },
  ])('$name', ({ figures, low, high }) => {
    const range = durationRange({ figures });
    expect(range).toMatchObject({ low, high });
  });

  it('keeps the figures behind the range, and only those', () => {
    const figures = [d({ value: 3, attribution: 'Ushakov' }), d({ text: 'long' })];
    expect(durationRange({ figures })?.figures).toEqual([figures[0]]);
  });

  it('is undefined for an event nobody timed, not zero', () => {
    expect(durationRange({})).toBeUndefined();
    expect(durationRange({ figures: [d({ text: 'several hours' })] })).toBeUndefined();
  });
});

describe('formatHours', () => {
  it.each([
    [3, 3, '3 h'],
    [2.1, 3, '2.1–3 h'],
    [0.75, 0.75, '45 min'],
    [2 / 3, 5 / 6, '40–50 min'],
    [1 / 6, 8, '10 min–8 h'],
    [0, 0, '0 h'],
  ])('%s–%s h reads "%s"', (low, high, text) => {
    expect(formatHours(low, high)).toBe(text);
  });
});

describe('formatDuration', () => {
  it('keeps days when every source gave days, else hours', () => {
    const days = durationRange({ figures: [d({ unit: 'day', value: 3 })] });
    const some = durationRange({ figures: [d({ unit: 'day', value: 1 }), d({ value: 5 })] });
    expect(days && formatDuration(days)).toBe('3 days');
    expect(some && formatDuration(some)).toBe('5–24 h');
  });
});
