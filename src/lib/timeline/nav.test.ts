import { describe, expect, it } from 'vitest';
import { buildLanes } from './lanes';
import {
  edgeInView,
  focusNear,
  lanesOf,
  moveLane,
  moveTime,
  nearestInLane,
  nearestOutside,
} from './nav';
import { views } from './test-data';

const set = buildLanes(
  views([
    { start: '2025-02-11', track: 'us-russia' },
    { start: '2025-03-11', track: 'us-ukraine' },
    { start: '2025-03-13', track: 'us-russia' },
    { start: '2025-05-16', track: 'russia-ukraine' },
  ]),
  'track',
);
const idOf = (i: number) => set.events[i]?.event.id;

describe('keyboard movement', () => {
  it('→ and ← step through events in time order, across lanes', () => {
    let focus = { event: 0, lane: 0 };
    focus = moveTime(set, focus, 1);
    expect([idOf(focus.event), focus.lane]).toEqual(['e1', 1]);
    focus = moveTime(set, focus, 1);
    expect([idOf(focus.event), focus.lane]).toEqual(['e2', 0]);
    expect(moveTime(set, { event: 0, lane: 0 }, -1)).toEqual({ event: 0, lane: 0 });
  });

  it('↓ goes to the nearest event in time in the next lane', () => {
    const focus = moveLane(set, { event: 2, lane: 0 }, 1); // 13 Mar, US–Russia
    expect([idOf(focus.event), focus.lane]).toEqual(['e1', 1]); // 11 Mar, US–Ukraine
    expect(idOf(moveLane(set, focus, 1).event)).toBe('e3');
  });

  it('↑ at the top lane stays put', () => {
    expect(moveLane(set, { event: 0, lane: 0 }, -1)).toEqual({ event: 0, lane: 0 });
  });

  it('finds the nearest event in a lane and the lanes of an event', () => {
    expect(idOf(nearestInLane(set, 0, Date.UTC(2025, 2, 1))!)).toBe('e2');
    expect(lanesOf(set, 3)).toEqual([2]);
    expect(idOf(focusNear(set, Date.UTC(2025, 4, 1))!.event)).toBe('e3');
  });
});

const day = (iso: string) => Date.parse(iso);

describe('where the first arrow press lands', () => {
  it.each([
    // [view from, view to, direction, expected id]
    ['2025-03-01', '2025-06-01', 1, 'e1'], // the first in view, not the dataset's first (e0)
    ['2025-03-01', '2025-06-01', -1, 'e3'],
    ['2025-03-12', '2025-03-14', 1, 'e2'],
    ['2025-02-11', '2025-02-12', -1, 'e0'], // a one-day event fills its day
    ['2025-01-01', '2026-01-01', 1, 'e0'],
  ] as const)('%s to %s, direction %i: %s', (from, to, direction, id) => {
    expect(idOf(edgeInView(set, day(from), day(to), direction)!.event)).toBe(id);
  });

  it('finds nothing in a view without events', () => {
    expect(edgeInView(set, day('2025-06-01'), day('2025-07-01'), 1)).toBeUndefined();
  });
});

describe('the nearest events to an empty view', () => {
  it.each([
    // [view from, view to, expected id, direction]
    ['2025-06-01', '2025-07-01', 'e3', -1], // after everything: the last, behind
    ['2024-01-01', '2024-02-01', 'e0', 1], // before everything: the first, ahead
    ['2025-02-20', '2025-03-01', 'e0', -1], // 8 days back to e0's end, 10 on to e1
    ['2025-03-01', '2025-03-09', 'e1', 1], // 2 days on to e1, 17 back to e0
  ] as const)('%s to %s: %s', (from, to, id, direction) => {
    const nearest = nearestOutside(set, day(from), day(to));
    expect([idOf(nearest!.event), nearest!.direction]).toEqual([id, direction]);
  });

  it('is nothing when the view holds events, or there are none', () => {
    expect(nearestOutside(set, day('2025-03-01'), day('2025-04-01'))).toBeUndefined();
    expect(nearestOutside(buildLanes([], 'track'), 0, 1)).toBeUndefined();
  });
});
