import { describe, expect, it } from 'vitest';
import { previewImport } from './index';
import { whenOf } from './vis-items';

describe('vis-timeline items import', () => {
  it('reads a bare array, with content as title and group as lane', () => {
    const preview = previewImport(
      'items.json',
      JSON.stringify([{ id: 1, content: '<b>Talks</b>', start: '2025-02-11', group: 'g' }]),
    );
    expect(preview.format).toBe('vis-items');
    expect(preview.chronology!.events).toEqual([
      { id: '1', title: 'Talks', start: '2025-02-11', track: 'g' },
    ]);
  });

  it('names lanes after the groups given, and leaves background items out', () => {
    const preview = previewImport(
      'items.json',
      JSON.stringify({
        groups: [{ id: 7, content: 'US–Russia' }],
        items: [
          { id: 'a', content: 'A', start: '2025-08', group: 7 },
          { id: 'b', content: 'Shade', start: '2025-01-01', end: '2025-02-01', type: 'background' },
        ],
      }),
    );
    expect(preview.chronology!.events).toEqual([
      { id: 'a', title: 'A', start: '2025-08', track: 'US–Russia' },
    ]);
    expect(preview.warnings.join(' ')).toContain('not imported: 1');
  });

  it('reads ISO dates, offsets and epoch milliseconds honestly', () => {
    expect(whenOf('2025')).toEqual({ date: '2025' });
    expect(whenOf('2025-12-02T17:00:00+0300')).toEqual({ date: '2025-12-02T17:00+03:00' });
    expect(whenOf('2025-12-02T17:00:30.250Z')).toEqual({ date: '2025-12-02T17:00:30Z' });
    expect(whenOf('2025-12-02 17:00')).toEqual({ date: '2025-12-02', time: '17:00' });
    expect(whenOf(Date.UTC(2025, 7, 15, 9, 30))).toEqual({ date: '2025-08-15T09:30Z' });
    expect(whenOf('Aug 15 2025')).toHaveProperty('problem');
    expect(whenOf(1e300)).toHaveProperty('problem');
  });

  it('reads the years before 1 and after 9999 that vis and toISOString write with six digits', () => {
    // ISO 8601 counts a year 0 (1 BCE): "-000400" is 401 BCE, written -0401 by Parley.
    expect(whenOf('-000400-01-01')).toEqual({
      date: '-0401-01-01',
      era: '"-000400-01-01" counts years as ISO 8601 does, with a year 0: it is 401 BCE.',
    });
    expect(whenOf('-000000')).toMatchObject({ date: '-0001' });
    expect(whenOf('+002025-02-11')).toEqual({ date: '2025-02-11' });
    expect(whenOf('-000044-03-15T12:00:00Z')).toMatchObject({ date: '-0045-03-15T12:00Z' });
    // Milliseconds are an instant: read as BCE, with no note on how the year was counted.
    expect(whenOf(new Date('-000400-01-01T00:00:00Z').getTime())).toEqual({
      date: '-0401-01-01T00:00Z',
    });
    // Year 0 is a leap year (1 BCE).
    expect(whenOf('+000000-02-29')).toMatchObject({ date: '-0001-02-29' });
    expect(whenOf('+010000-01-01')).toEqual({ problem: '"+010000-01-01" is after the year 9999' });
    // Without the six digits the count is unknown (Parley's -0400 is ISO's -000399).
    expect(whenOf('-0400-01-01')).toHaveProperty('problem');
  });

  it('imports a real vis file that starts 400 BC, saying how the year was counted', () => {
    // From a public vis-timeline page (Code-Institute-Submissions/VaccinationVisually).
    const preview = previewImport(
      'items.json',
      JSON.stringify([
        { content: '<h1>The Father of Medicine</h1>', start: '-000400-01-01', id: 1 },
        { id: 2, content: 'item 2', start: '2013-04-14' },
      ]),
    );
    expect(preview.problems).toEqual([]);
    const [first] = preview.chronology!.events;
    expect(first).toMatchObject({ title: 'The Father of Medicine', start: '-0401-01-01' });
    expect(JSON.stringify(first!['notes'])).toContain('401 BCE');
    expect(preview.warnings.join(' ')).toContain('1 item has a date before year 1');
  });

  it('puts a title or a lane written over two lines on one', () => {
    const preview = previewImport(
      'items.json',
      JSON.stringify({
        groups: [{ id: 1, content: 'US<br>Russia' }],
        items: [{ id: 'a', content: 'item 1<br>start', start: '2025-01-01', group: 1 }],
      }),
    );
    expect(preview.chronology!.events[0]).toMatchObject({
      title: 'item 1 start',
      track: 'US Russia',
    });
  });

  it('names the item and field of each problem', () => {
    const preview = previewImport(
      'items.json',
      JSON.stringify([
        { id: 1, content: 'a', start: 'yesterday' },
        { id: 1, content: 'b', start: '2025' },
        { id: 3, content: '', start: '2025' },
        { id: 4, content: 'd', start: '2025-03', end: '2025-01' },
        'not an item',
      ]),
    );
    expect(preview.problems.map((p) => p.where)).toEqual([
      '[0].start',
      '[1].id',
      '[2].content',
      '[3].end',
      '[4]',
    ]);
  });
});
