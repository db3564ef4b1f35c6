// The sample files in tests/fixtures/import are shaped like what researchers and journalists
// bring (a Parley CSV, a TimelineJS sheet and JSON, vis-timeline items), with facts taken from
// data/chronology.json. Each one previews as the reader should see it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, previewImport } from '../../src/lib/import';
import { validateChronology } from '../../src/lib/model/validate';
import type { Chronology } from '../../src/lib/model/types';

const sample = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const preview = (name: string) => previewImport(name, sample(name));
const curated = JSON.parse(readFileSync('data/chronology.json', 'utf8')) as Chronology;

function importable(name: string) {
  const result = preview(name);
  expect(result.problems).toEqual([]);
  expect(validateChronology(result.chronology).ok).toBe(true);
  return result;
}

describe('sample files', () => {
  it('recognises each sample by its content', () => {
    expect(detectFormat('talks.parley.csv', sample('talks.parley.csv'))).toBe('parley-csv');
    expect(detectFormat('timelinejs-sheet.csv', sample('timelinejs-sheet.csv'))).toBe(
      'timelinejs-csv',
    );
    expect(detectFormat('timelinejs.json', sample('timelinejs.json'))).toBe('timelinejs-json');
    expect(detectFormat('vis-items.json', sample('vis-items.json'))).toBe('vis-items');
    expect(detectFormat('chronology.json', readFileSync('data/chronology.json', 'utf8'))).toBe(
      'parley-json',
    );
    expect(detectFormat('not-a-timeline.json', sample('not-a-timeline.json'))).toBeUndefined();
  });

  it('Parley CSV: the curated events come back with their sources, lists and places', () => {
    const { chronology, summary } = importable('talks.parley.csv');
    expect(summary).toMatchObject({ events: 6, first: '11 Feb 2025', last: '22 Oct 2025' });
    const moscow = chronology!.events[0]!;
    const original = curated.events.find((e) => e.id === moscow.id)!;
    expect(moscow).toMatchObject({
      title: original.title,
      start: original.start,
      participants: ['Steve Witkoff', 'Vladimir Putin'],
      location: { city: 'Moscow', lat: 55.7558, lon: 37.6173 },
      timeZone: 'Europe/Moscow',
    });
    expect(moscow.summary).toContain('Alexander Vinnik, Witkoff met Putin');
    expect(moscow.summary).toContain('\n');
    expect(moscow.sources).toHaveLength(3);
    expect(moscow.sources![2]).toMatchObject({
      publisher: 'us-inquirer.com (CBS "Face the Nation" text)',
    });
    // The row without an id gets one from its title and date.
    expect(chronology!.events[2]!.id).toBe(
      'trump-putin-call-on-a-pause-in-energy-strikes-2025-03-18',
    );
    expect(chronology!.events[5]!.tags).toEqual(['planned', 'cancelled']);
  });

  it('TimelineJS sheet: precision kept, Group as lane, title row as title, era row as an era, no script left', () => {
    const { chronology, warnings } = importable('timelinejs-sheet.csv');
    expect(chronology!.title).toBe('US–Russia–Ukraine peace talks, 2025–2026');
    const byTitle = new Map(chronology!.events.map((e) => [e.title, e]));
    expect(byTitle.get('Ten Trump–Putin phone calls')!.start).toBe('2025');
    expect(byTitle.get('US 28-point peace plan handed to Zelensky')!.start).toBe('2025-11');
    expect(byTitle.get('Technical talks in Riyadh')).toMatchObject({
      start: '2025-03-23',
      end: '2025-03-25',
      track: 'US–Russia–Ukraine',
    });
    expect(chronology!.events).toHaveLength(7); // the era row is not an event: it is an era
    expect(chronology!.eras?.map((era) => [era.title, era.start, era.end])).toEqual([
      ['From the first Witkoff–Putin meeting to the Alaska summit', '2025-02-11', '2025-08-15'],
    ]);
    expect(JSON.stringify(chronology)).not.toMatch(/<script|alert/);
    // Its two media links are articles, not images: kept as links in their steps' text.
    expect(warnings.join('\n')).toMatch(/cannot be shown: 2 links were kept in the step's text/);
    expect(chronology!.stories![0]!.steps).toHaveLength(7);
  });

  it('TimelineJS JSON: title slide, groups, a link as source, the script gone', () => {
    const { chronology, warnings, summary } = importable('timelinejs.json');
    expect(chronology!.title).toBe('Witkoff’s meetings with Putin');
    expect(chronology!.events[0]).toMatchObject({
      id: 'witkoff-putin-2025-02-11',
      title: 'Witkoff meets Putin in Moscow',
      track: 'Envoy meetings',
      sources: [{ publisher: 'themoscowtimes.com', title: 'The Moscow Times' }],
    });
    expect(chronology!.events[2]!.start).toBe('2025-08');
    expect(JSON.stringify(chronology)).not.toMatch(/<script|evil\.example|javascript:/);
    expect(summary!.precision).toEqual({ day: 5, month: 1, year: 0, time: 0 });
    expect(warnings.join('\n')).toMatch(/kept as dates: 1 event/);
  });

  it('vis-timeline items: groups as lanes, ISO and epoch-ms dates, background left out', () => {
    const { chronology } = importable('vis-items.json');
    expect(chronology!.events.map((e) => [e.id, e.start, e.track])).toEqual([
      ['1', '2025-02-11', 'US–Russia'],
      ['2', '2025-03-11', 'US–Ukraine'],
      ['3', '2025-08-15T00:00Z', 'US–Russia'],
      ['budapest', '2025-10-16', 'US–Russia'],
      ['kremlin-2025-12-02', '2025-12-02T17:00+03:00', 'US–Russia'],
      ['miami-2025-12-04', '2025-12-04', 'US–Ukraine'],
    ]);
  });

  it('broken CSV: every problem names its row and column, and nothing is importable', () => {
    const result = preview('broken-dates.csv');
    expect(result.chronology).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(5);
    for (const problem of result.problems) expect(problem.where).toMatch(/^row \d+, columns? /);
    expect(result.problems).toContainEqual({
      where: 'row 3, column start',
      message: '"2025-13-40" is not a date: there is no month 13',
    });
  });

  it('broken TimelineJS JSON: each problem names the event and field', () => {
    const result = preview('broken-timelinejs.json');
    expect(result.chronology).toBeUndefined();
    // events[3] has no headline: TimelineJS shows it, so it is no problem (it gets a title).
    expect(result.problems.map((p) => p.where)).toEqual([
      'events[0].start_date',
      'events[1].start_date.year',
      'events[2].start_date.month',
      'events[4].start_date',
    ]);
  });

  it('a JSON file that is no timeline gets one problem listing the accepted formats', () => {
    const result = preview('not-a-timeline.json');
    expect(result.format).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/TimelineJS JSON.*vis-timeline/);
  });

  it('Parley JSON: the curated chronology previews whole; a bad one names the path', () => {
    const good = previewImport('chronology.json', readFileSync('data/chronology.json', 'utf8'));
    expect(good.problems).toEqual([]);
    expect(good.chronology!.events).toHaveLength(curated.events.length);
    const bad = previewImport(
      'x.json',
      JSON.stringify({ events: [{ id: 'a', title: 'T', start: '2025-02-30' }] }),
    );
    expect(bad.problems).toEqual([
      { where: 'events[0].start', message: '"2025-02-30" is not a date: 2025-02 has no day 30' },
    ]);
    const syntax = previewImport('x.json', '{"events": [\n  {,}\n]}');
    expect(syntax.problems[0]!.where).toBe('line 2, column 4');
  });
});
