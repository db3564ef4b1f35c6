/**
 * TimelineJS's own example timelines (tests/fixtures/import/timelinejs-examples, from the
 * @knight-lab/timelinejs package): files a journalist brings as TimelineJS writes them, with
 * slides that have no unique_id, overlapping eras and a Sheets template saved as CSV.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewImport } from './index';
import { eraLevels } from './timelinejs-eras';
import { formatDate } from '../format/dates';
import { prepareChronology } from '../model/prepare';

const DIR = new URL('../../../tests/fixtures/import/timelinejs-examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const json = (name: string) =>
  JSON.parse(read(name)) as Record<string, unknown> & { events: Record<string, unknown>[] };

describe('TimelineJS example files import whole', () => {
  it('eras.json: every slide, the title slide as the title, its three eras as eras', () => {
    const preview = previewImport('eras.json', read('eras.json'));
    expect(preview.problems).toEqual([]);
    const chronology = preview.chronology!;
    expect(chronology.title).toBe('Eras Test');
    expect(chronology.events).toHaveLength(20);
    expect(chronology.eras?.map((era) => [era.title, era.start, era.end, era.level])).toEqual([
      ['Era Test 650-700', '0650', '0700', 1],
      ['Era Test 600-650', '0600', '0650', 1],
      ['Era Test 700-720', '0700', '0720', 1],
    ]);
    expect(preview.warnings.join(' ')).not.toContain('no headline');
  });

  it('eras that overlap, as in an older eras.json with the Tang dynasty, go to a second level', () => {
    const file = json('eras.json');
    (file['eras'] as unknown[]).push({
      start_date: { year: '618', month: '06', day: '18' },
      end_date: { year: '907', month: '06', day: '01' },
      text: { headline: 'Tang Dynasty in China' },
    });
    const preview = previewImport('eras.json', JSON.stringify(file));
    expect(preview.problems).toEqual([]);
    const levels = Object.fromEntries(preview.chronology!.eras!.map((e) => [e.title, e.level]));
    // The longest era is the broadest level; the three it spans go below it.
    expect(levels).toEqual({
      'Tang Dynasty in China': 1,
      'Era Test 600-650': 2,
      'Era Test 650-700': 2,
      'Era Test 700-720': 2,
    });
  });

  it('all-media-types.json: 37 slides without a unique_id get ids of their own, the 4 given are kept', () => {
    const file = json('all-media-types.json');
    const given = file.events.map((e) => e['unique_id']).filter((id) => id !== undefined);
    expect(given).toHaveLength(4);
    const preview = previewImport('all-media-types.json', read('all-media-types.json'));
    expect(preview.problems).toEqual([]);
    const events = preview.chronology!.events;
    expect(events).toHaveLength(41);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(41);
    for (const id of given) expect(ids).toContain(id);
    expect(new Set(events.map((e) => e.track).filter(Boolean)).size).toBe(5);
    expect(preview.warnings.join(' ')).not.toContain('unique_id');
  });

  it('an export whose slides all have "unique_id": "" imports, with ids made from each title and date', () => {
    const file = json('eras.json');
    for (const event of file.events) event['unique_id'] = '';
    const preview = previewImport('export.json', JSON.stringify(file));
    expect(preview.problems).toEqual([]);
    const events = preview.chronology!.events;
    expect(events).toHaveLength(20);
    expect(events.find((e) => e.title === 'Battle of Nineveh')?.id).toBe(
      'battle-of-nineveh-0627-12-12',
    );
    expect(preview.warnings.join(' ')).not.toContain('unique_id');
  });

  it('repeated, numeric and unusable unique_ids: nothing is dropped, and the reader is told', () => {
    const file = json('eras.json');
    file.events[0]!['unique_id'] = 'siege';
    file.events[3]!['unique_id'] = 'siege';
    file.events[4]!['unique_id'] = 42;
    file.events[5]!['unique_id'] = 'death of muhammed';
    const preview = previewImport('eras.json', JSON.stringify(file));
    expect(preview.problems).toEqual([]);
    const ids = preview.chronology!.events.map((e) => e.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(ids[0]).toBe('siege');
    expect(ids[3]).not.toBe('siege');
    expect(ids[4]).toBe('42');
    expect(ids[5]).toBe('death-of-muhammed-0632-06-08');
    expect(preview.warnings.join(' ')).toContain(
      '2 unique_ids were repeated, or not usable as an id',
    );
  });

  it('a slide without a headline is titled from the first sentence of its text', () => {
    const file = json('eras.json');
    const slide = file.events[0] as { text: Record<string, unknown> };
    delete slide.text['headline'];
    const preview = previewImport('eras.json', JSON.stringify(file));
    expect(preview.problems).toEqual([]);
    expect(preview.chronology!.events.find((e) => e.start === '0602')?.title).toBe(
      'Long conflict leaves both empires exhausted and unable to cope with the newly…',
    );
    expect(preview.warnings.join(' ')).toContain('1 event has no headline');
  });

  it.each(['my-own-timeline.csv', 'women_in_computing.csv'])(
    '%s (the Sheets template as CSV): the title row names it, ten slides become events',
    (name) => {
      const preview = previewImport(name, read(name));
      expect(preview.format).toBe('timelinejs-csv');
      expect(preview.problems).toEqual([]);
      expect(preview.chronology!.events).toHaveLength(10);
      expect(preview.chronology!.title).toMatch(/MY OWN CSV|Women in Computing/);
    },
  );

  it.each([
    ['cosmo.json', 7, ['13.8 billion years ago', '13.79963 billion years ago']],
    ['cosmo-mixed.json', 11, ['13.8 billion years ago', '4.6 billion years ago']],
  ] as const)(
    '%s: cosmological years (billions of years ago) import at year precision, in order, with their story',
    (name, slides, firstDates) => {
      const preview = previewImport(name, read(name));
      expect(preview.problems).toEqual([]);
      const events = preview.chronology!.events;
      expect(events).toHaveLength(slides);
      expect(events[0]!.start).toBe('-13800000000');
      const prepared = prepareChronology(preview.chronology!);
      const starts = prepared.events.map((e) => e.start.startMs);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      expect(prepared.events.slice(0, 2).map((e) => formatDate(e.start))).toEqual(firstDates);
      expect(preview.chronology!.stories![0]!.steps).toHaveLength(slides);
    },
  );

  it('a cosmological year with a month is refused by slide and field: only years are placed there', () => {
    const file = {
      events: [{ start_date: { year: '-4600000000', month: '3' }, text: { headline: 'Sun' } }],
    };
    const preview = previewImport('deep.json', JSON.stringify(file));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems[0]!.where).toBe('events[0].start_date.month');
    expect(preview.problems[0]!.message).toMatch(/places years only/);
  });
});

describe('TimelineJS years before the common era', () => {
  it('import as BCE dates, at their precision, in order, and the story follows them', () => {
    const file = {
      title: { text: { headline: 'Rome' } },
      events: [
        { start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Caesar is killed' } },
        { start_date: { year: -753 }, text: { headline: 'Rome is founded, as told' } },
        { start_date: { year: 79, month: 8, day: 24 }, text: { headline: 'Vesuvius erupts' } },
        { start_date: { year: -300 }, end_date: { year: -280 }, text: { headline: 'Euclid' } },
      ],
    };
    const preview = previewImport('rome.json', JSON.stringify(file));
    expect(preview.problems).toEqual([]);
    const starts = preview.chronology!.events.map((e) => [e.title, e.start, e.end]);
    expect(starts).toEqual([
      ['Caesar is killed', '-0044-03-15', undefined],
      ['Rome is founded, as told', '-0753', undefined],
      ['Vesuvius erupts', '0079-08-24', undefined],
      ['Euclid', '-0300', '-0280'],
    ]);
    expect(preview.summary?.first).toBe('753 BCE');
    expect(preview.chronology!.stories![0]!.steps.map((s) => s.headline)).toEqual([
      'Rome is founded, as told',
      'Euclid',
      'Caesar is killed',
      'Vesuvius erupts',
    ]);
  });

  it('a year 0 is a problem: there is none', () => {
    const preview = previewImport(
      'zero.json',
      JSON.stringify({ events: [{ start_date: { year: 0 }, text: { headline: 'A' } }] }),
    );
    expect(preview.problems[0]).toEqual({
      where: 'events[0].start_date.year',
      message: 'is 0: there is no year 0 (1 BCE is -1, 1 CE is 1)',
    });
  });
});

describe('TimelineJS eras, any shape', () => {
  const era = (start: number[], end?: number[], headline?: string) => ({
    start_date: { year: start[0], month: start[1], day: start[2] },
    ...(end ? { end_date: { year: end[0], month: end[1], day: end[2] } } : {}),
    text: headline === undefined ? {} : { headline },
  });
  const file = (eras: unknown[]) =>
    JSON.stringify({
      eras,
      events: [{ start_date: { year: 2000 }, text: { headline: 'An event' } }],
    });

  it('up to nine eras, overlapping, meeting, open or lasting no time, always import, every one', () => {
    const date = fc.tuple(
      fc.integer({ min: 1990, max: 2000 }),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    );
    // An end at the start's precision, 0 to 5 years on (0: an era that lasts no time), or none.
    const anEra = fc
      .tuple(date, fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }))
      .map(([[year, month], years]) =>
        era(
          [year, month as number],
          years === undefined ? undefined : [year + years, month as number],
        ),
      );
    fc.assert(
      fc.property(fc.array(anEra, { minLength: 1, maxLength: 9 }), (eras) => {
        const preview = previewImport('eras.json', file(eras));
        expect(preview.problems).toEqual([]);
        expect(preview.chronology!.eras).toHaveLength(eras.length);
      }),
      { numRuns: 300 },
    );
  });

  it('an era that ends before it starts is one problem, named in the file’s terms', () => {
    const preview = previewImport('eras.json', file([era([1990], [2000]), era([1995], [1992])]));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toEqual([
      { where: 'eras[1].end_date', message: '"1992" is before the start "1995"' },
    ]);
  });

  it('ten eras that all overlap: the tenth is a problem, not a level Parley cannot draw', () => {
    const eras = Array.from({ length: 10 }, (_, i) => era([1990 + i]));
    const preview = previewImport('eras.json', file(eras));
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems.map((p) => p.where)).toEqual(['eras[9]']);
    expect(preview.problems[0]!.message).toMatch(/at most 9 rows of eras/);
  });

  it('an era without a headline is named by its dates, with a warning', () => {
    const preview = previewImport('eras.json', file([era([1990], [1995])]));
    expect(preview.chronology!.eras![0]).toMatchObject({
      id: 'era-1990',
      title: 'Era 1990 to 1995',
    });
    expect(preview.warnings).toContain('1 era has no headline: it was named by its dates.');
  });
});

describe('eraLevels', () => {
  const span = (startMs: number, endMs: number) => ({ startMs, endMs });

  it('keeps eras that only meet on one level', () => {
    expect(eraLevels([span(0, 10), span(10, 20), span(20, 30)])).toEqual([1, 1, 1]);
  });

  it('puts the longest era first and what overlaps it below, as few levels as fit', () => {
    expect(eraLevels([span(0, 10), span(5, 100), span(10, 20), span(15, 25)])).toEqual([
      2, 1, 2, 3,
    ]);
  });

  it('two eras that start together never share a level, even when one lasts no time', () => {
    expect(eraLevels([span(10, 20), span(10, 10)])).toEqual([1, 2]);
    expect(eraLevels([span(10, 10), span(10, 10)])).toEqual([1, 2]);
  });

  it('an open era runs on: a later era of its level goes below it; an unreadable one stays at 1', () => {
    expect(eraLevels([span(0, Number.POSITIVE_INFINITY), span(50, 60), undefined])).toEqual([
      1, 2, 1,
    ]);
  });
});
