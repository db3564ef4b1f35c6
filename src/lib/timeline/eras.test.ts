import { describe, expect, it } from 'vitest';
import {
  eraAt,
  eraName,
  eraRange,
  eraSpans,
  eraYears,
  latestEra,
  openingRange,
  ownEnd,
  rangeForUrl,
  readEras,
  sameRange,
} from './eras';
import { ERAS } from './test-eras';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DATA_END = day(2026, 3, 1);
const spans = eraSpans(ERAS, DATA_END);
const byId = (id: string) => spans.find((s) => s.era.id === id)!;

describe('reading eras from a loaded chronology', () => {
  it('keeps every well-formed era, in time order within a level', () => {
    const shuffled = [ERAS[3], ERAS[0], ERAS[2], ERAS[1]];
    expect(readEras(shuffled).map((e) => e.id)).toEqual(ERAS.map((e) => e.id));
  });

  it('has none when the chronology says nothing or something that is not a list', () => {
    expect(readEras(undefined)).toEqual([]);
    expect(readEras({ id: 'x' })).toEqual([]);
  });

  it('leaves out, never guesses, an era without an id, a title or a real date', () => {
    const eras = readEras([
      { title: 'No id', start: '2015-01-01' },
      { id: 'no-title', start: '2015-01-01' },
      { id: 'bad-start', title: 'Bad', start: '2015-13-01' },
      { id: 'bad-end', title: 'Bad', start: '2015-01-01', end: 'soon' },
      { id: 'backwards', title: 'Backwards', start: '2016-01-01', end: '2015-01-01' },
      'an era',
      { id: 'ok', title: 'Fine', start: '2015-01-01', level: 1, sources: ['A1', 7] },
      { id: 'ok', title: 'Same id again', start: '2016-01-01' },
    ]);
    expect(eras).toEqual([
      {
        id: 'ok',
        title: 'Fine',
        start: '2015-01-01',
        level: 1,
        summary: undefined,
        startNote: undefined,
        endNote: undefined,
        sources: ['A1'],
      },
    ]);
  });

  it('puts an era without a level on level 1, the broadest', () => {
    expect(readEras([{ id: 'a', title: 'A', start: '2015' }])[0]?.level).toBe(1);
  });
});

describe('eras as spans on the axis', () => {
  it('run from the start of the first day to the end of the last, in every zone', () => {
    // The test runs under TZ=UTC and TZ=Asia/Tokyo: civil days must not move.
    expect(byId('minsk-process').start).toBe(day(2014, 9, 1));
    expect(byId('minsk-process').end).toBe(day(2022, 2, 22));
  });

  it('resolve an open end to the end they are given', () => {
    expect(byId('second-trump-administration').end).toBe(DATA_END);
    expect(byId('second-trump-administration').endDate).toBeUndefined();
  });

  it('never end an open era before its first day is over', () => {
    const [open] = eraSpans([ERAS[3]!], day(2020, 1, 1));
    expect(open!.end).toBe(day(2025, 2, 12));
  });

  it('cover a month or a year when that is all the data says', () => {
    const [coarse] = eraSpans(
      [{ id: 'c', title: 'C', start: '2016-03', end: '2017', level: 0, sources: [] }],
      DATA_END,
    );
    expect([coarse!.start, coarse!.end]).toEqual([day(2016, 3, 1), day(2018, 1, 1)]);
  });
});

describe('which era a date is in', () => {
  it('finds the era around a day', () => {
    expect(eraAt(spans, day(2015, 2, 12))?.era.id).toBe('minsk-process');
    expect(eraAt(spans, day(2022, 3, 29))?.era.id).toBe('talks-after-full-scale-invasion-2022');
    expect(eraAt(spans, day(2025, 8, 15))?.era.id).toBe('second-trump-administration');
  });

  it('counts the last day in, and the day after out', () => {
    expect(eraAt(spans, day(2022, 2, 21) + 23 * 3_600_000)?.era.id).toBe('minsk-process');
    expect(eraAt(spans, day(2022, 2, 22))).toBeUndefined();
  });

  it('gives a day two eras share to the one that begins on it', () => {
    expect(eraAt(spans, day(2022, 11, 15))?.era.id).toBe('peace-formula');
  });

  it('lets an era own its days up to where the next one at its level begins', () => {
    expect(ownEnd(spans, byId('talks-after-full-scale-invasion-2022'))).toBe(day(2022, 11, 15));
    expect(ownEnd(spans, byId('minsk-process'))).toBe(day(2022, 2, 22));
    expect(ownEnd(spans, byId('second-trump-administration'))).toBe(DATA_END);
  });

  it('finds none before the first era, in a gap, or at another level', () => {
    expect(eraAt(spans, day(2014, 4, 17))).toBeUndefined();
    expect(eraAt(spans, day(2025, 1, 20))).toBeUndefined();
    expect(eraAt(spans, day(2015, 2, 12), 1)).toBeUndefined();
  });
});

describe('an era as a quick range', () => {
  const extent: [number, number] = [day(2014, 1, 1), DATA_END];

  it('is the era padded a little, on whole days', () => {
    const [from, to] = eraRange(byId('minsk-process'));
    expect(from).toBeLessThan(day(2014, 9, 1));
    expect(from).toBeGreaterThan(day(2014, 6, 1));
    expect(to).toBeGreaterThan(day(2022, 2, 22));
    expect(to).toBeLessThan(day(2022, 6, 1));
    expect(from % 86_400_000).toBe(0);
    expect(to % 86_400_000).toBe(0);
  });

  it('pads a short era by at least a day', () => {
    const [short] = eraSpans(
      [{ id: 's', title: 'S', start: '2020-05-05', end: '2020-05-05', level: 0, sources: [] }],
      DATA_END,
    );
    expect(eraRange(short!)).toEqual([day(2020, 5, 4), day(2020, 5, 7)]);
  });

  it('stays inside the data', () => {
    const [, to] = eraRange(byId('second-trump-administration'), extent);
    expect(to).toBe(DATA_END);
    const [from] = eraRange(byId('minsk-process'), [day(2014, 8, 30), DATA_END]);
    expect(from).toBe(day(2014, 8, 30));
  });
});

describe('the range a dataset opens on', () => {
  const extent: [number, number] = [day(2014, 3, 1), DATA_END];

  it('is the latest era, so the long history still opens on today’s talks', () => {
    expect(latestEra(spans)?.era.id).toBe('second-trump-administration');
    const range = openingRange(spans, extent)!;
    expect(range[0]).toBeLessThan(day(2025, 2, 11));
    expect(range[0]).toBeGreaterThan(day(2024, 12, 30));
    expect(range[1]).toBe(DATA_END);
  });

  it('is the era of the event a link opens, or everything when the event is in no era', () => {
    const minsk = openingRange(spans, extent, day(2015, 2, 11))!;
    expect(minsk).toEqual(eraRange(byId('minsk-process'), extent));
    // 24 Feb 2022 falls between the Minsk process and the talks after the invasion.
    expect(openingRange(spans, extent, day(2022, 2, 24))).toBeUndefined();
  });

  it('is everything (undefined) for a dataset without eras', () => {
    expect(openingRange([], extent)).toBeUndefined();
  });

  it('prefers the top level when two eras start together', () => {
    const both = eraSpans(
      [
        { id: 'sub', title: 'Sub', start: '2025-02-11', level: 1, sources: [] },
        { id: 'top', title: 'Top', start: '2025-02-11', level: 0, sources: [] },
      ],
      DATA_END,
    );
    expect(latestEra(both)?.era.id).toBe('top');
  });
});

describe('the whole history in the URL', () => {
  const extent: [number, number] = [day(2014, 3, 1), DATA_END];

  it('is spelled out when a URL without a range would mean the latest era', () => {
    expect(rangeForUrl(undefined, spans, extent)).toEqual(extent);
  });

  it('stays implicit for a dataset without eras, and keeps a range it is given', () => {
    expect(rangeForUrl(undefined, [], extent)).toBeUndefined();
    const range: [number, number] = [day(2015, 1, 1), day(2016, 1, 1)];
    expect(rangeForUrl(range, spans, extent)).toBe(range);
  });

  it('compares ranges to the minute the URL keeps', () => {
    expect(sameRange([0, 60_000 * 60], [30_000, 60_000 * 60 - 1])).toBe(true);
    expect(sameRange([0, 1], [120_000, 1])).toBe(false);
    expect(sameRange(undefined, [0, 1])).toBe(false);
  });
});

describe('names', () => {
  it('says the years, and an open era’s open end', () => {
    expect(eraYears(byId('minsk-process'))).toBe('2014–2022');
    expect(eraYears(byId('talks-after-full-scale-invasion-2022'))).toBe('2022');
    expect(eraYears(byId('second-trump-administration'))).toBe('2025–');
  });

  it('adds the years to a title that does not give them', () => {
    expect(eraName(byId('minsk-process'))).toBe('Minsk process, 2014–2022');
    const [plain] = eraSpans(
      [
        {
          id: 'p',
          title: 'Quiet years',
          start: '2018-01-01',
          end: '2019-06-30',
          level: 0,
          sources: [],
        },
      ],
      DATA_END,
    );
    expect(eraName(plain!)).toBe('Quiet years, 2018–2019');
  });
});
