import { describe, expect, it } from 'vitest';
import { buildLanes } from './lanes';
import { focusNear, lanesOf, moveLane, moveTime, nearestInLane } from './nav';
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
