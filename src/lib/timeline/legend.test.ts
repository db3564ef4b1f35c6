import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../model/types';
import { buildLanes } from './lanes';
import { DEFAULT_GEOMETRY, layoutTimeline } from './layout';
import { legendContent } from './legend';
import { createTimeScale } from './scale';
import { views } from './test-data';

const RANGE: [number, number] = [Date.parse('2025-01-01'), Date.parse('2026-01-01')];

function legend(events: Partial<ChronologyEvent>[], today = false, range = RANGE) {
  const lanes = buildLanes(views(events), 'track');
  const layout = layoutTimeline(lanes, createTimeScale(range, 1000), {
    ...DEFAULT_GEOMETRY,
    width: 1000,
  });
  return legendContent(layout, lanes, today);
}

const many = Array.from({ length: 400 }, (_, i) => ({
  start: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
}));

describe('the legend lists only what is on screen', () => {
  it.each([
    ['one-day events', [{ start: '2025-03-01' }], false, ['point']],
    ['a range of days', [{ start: '2025-03-01', end: '2025-03-04' }], false, ['bar']],
    ['a month-only date', [{ start: '2025-03' }], false, ['band']],
    [
      'a partly confirmed event',
      [{ start: '2025-03-01', status: 'partly' }],
      false,
      ['point', 'partly'],
    ],
    [
      'an unconfirmed range',
      [{ start: '2025-03-01', end: '2025-03-02', status: 'unconfirmed' }],
      false,
      ['bar', 'unconfirmed'],
    ],
    ['a confirmed event', [{ start: '2025-03-01', status: 'confirmed' }], false, ['point']],
    [
      'an event whose sources disagree',
      [
        {
          start: '2025-03-01',
          figures: [{ measure: 'duration', value: 3, unit: 'h', min: 3, max: 5, sources: ['S1'] }],
        },
      ],
      false,
      ['point', 'disagree'],
    ],
    ['today’s line when drawn', [{ start: '2025-03-01' }], true, ['point', 'today']],
    ['count bars when a lane shows counts', many, false, ['bins']],
    ['nothing when nothing is in view', [{ start: '2024-03-01' }], false, []],
  ] as const)('%s', (_, events, today, entries) => {
    expect(legend(events as Partial<ChronologyEvent>[], today).entries).toEqual(entries);
  });

  it('lists the kinds of the marks in view, in the usual order, unknown ones as "other"', () => {
    const content = legend([
      { start: '2025-03-01', kind: 'summit' },
      { start: '2025-04-01', kind: 'envoy-meeting' },
      { start: '2025-05-01', kind: 'press-conference' as ChronologyEvent['kind'] },
      { start: '2024-05-01', kind: 'phone-call' },
    ]);
    expect(content.kinds).toEqual(['envoy-meeting', 'summit', 'other']);
  });
});
