import { afterEach, describe, expect, it } from 'vitest';
import { rangeInWords, shownRange } from './visible-range';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(iso);

describe('rangeInWords', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('names the first and last days in view, the same in every time zone', () => {
    const range: [number, number] = [utc('2025-02-11T00:00Z'), utc('2025-12-03T00:00Z')];
    for (const tz of [
      'UTC',
      'America/Los_Angeles',
      'Europe/Moscow',
      'Asia/Tokyo',
      'Pacific/Kiritimati',
    ]) {
      process.env.TZ = tz;
      expect(rangeInWords(range), tz).toBe('11 Feb 2025 – 2 Dec 2025');
    }
  });

  it('counts a day partly in view', () => {
    expect(rangeInWords([utc('2025-03-01T18:00Z'), utc('2025-03-04T06:00Z')])).toBe(
      '1 Mar 2025 – 4 Mar 2025',
    );
  });

  it('says one day once', () => {
    expect(rangeInWords([utc('2025-08-06T06:00Z'), utc('2025-08-06T18:00Z')])).toBe('6 Aug 2025');
  });
});

describe('shownRange', () => {
  const extent: [number, number] = [utc('2025-01-01'), utc('2026-01-01')];

  it('is the whole extent when the view fits everything', () => {
    expect(shownRange(undefined, extent)).toEqual(extent);
  });

  it('keeps a range inside the extent as it is', () => {
    const range: [number, number] = [utc('2025-03-01'), utc('2025-04-01')];
    expect(shownRange(range, extent)).toEqual(range);
  });

  it('moves a range that runs past the data back inside, keeping its length', () => {
    expect(shownRange([utc('2025-12-01'), utc('2026-02-01')], extent)).toEqual([
      extent[1] - 62 * DAY,
      extent[1],
    ]);
  });

  it('trims a range wider than the data to the data, as the chart cannot zoom out further', () => {
    expect(shownRange([utc('2020-01-01'), utc('2030-01-01')], extent)).toEqual(extent);
  });
});

describe('a range before the common era, in words', () => {
  it('says BCE', () => {
    expect(rangeInWords([Date.UTC(-43, 2, 15), Date.UTC(-43, 2, 18)])).toBe(
      '15 Mar 44 BCE – 17 Mar 44 BCE',
    );
  });
});
