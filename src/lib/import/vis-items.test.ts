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
