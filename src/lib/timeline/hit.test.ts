import { describe, expect, it } from 'vitest';
import { binAt, binHolding, hitTest } from './hit';
import type { PlacedBin, PlacedMark, TimelineLayout } from './layout';

const mark = (event: number, x0: number, x1: number, y: number): PlacedMark => ({
  event,
  lane: 0,
  row: 0,
  shape: 'bar',
  x0,
  x1,
  y,
});

describe('hit testing on the canvas layer', () => {
  const marks = [mark(0, 10, 50, 20), mark(1, 60, 70, 20), mark(2, 10, 50, 40)];

  it('finds the mark under the pointer', () => {
    expect(hitTest(marks, 30, 22, 6)?.event).toBe(0);
    expect(hitTest(marks, 30, 41, 6)?.event).toBe(2);
  });

  it('allows a few pixels of slack for touch', () => {
    expect(hitTest(marks, 73, 20, 6)?.event).toBe(1);
  });

  it.each([
    // [pointer x, pointer y, expected]: an 8 px dot at (100, 20) answers in a 24 px square
    [100, 20, 3],
    [111, 20, 3],
    [89, 31, 3],
    [113, 20, undefined],
    [100, 33, undefined],
  ])('a small dot is a 24 px target: (%i, %i) → %s', (x, y, expected) => {
    const dot: PlacedMark = { ...mark(3, 96, 104, 20), shape: 'point' };
    expect(hitTest([dot], x, y, 4)?.event).toBe(expected);
  });

  it('finds nothing in empty space', () => {
    expect(hitTest(marks, 200, 20, 6)).toBeUndefined();
    expect(hitTest(marks, 30, 80, 6)).toBeUndefined();
  });
});

describe('hit testing count bars', () => {
  const bin = (lane: number, t0: number, t1: number, x0: number, x1: number): PlacedBin => ({
    lane,
    t0,
    t1,
    x0,
    x1,
    count: 3,
  });
  const bins = [bin(0, 0, 10, 0, 20), bin(0, 10, 20, 20, 40), bin(1, 0, 10, 0, 20)];
  // Lane 0 is 0–60 px tall, lane 1 60–100.
  const layout: TimelineLayout = {
    marks: [],
    bins,
    modes: ['bins', 'bins'],
    maxCount: 3,
    laneTops: [0, 60, 100],
  };

  it.each([
    [10, 30, 0],
    [25, 5, 1],
    [10, 70, 2],
  ])('at (%i, %i) finds bar %i, anywhere in its lane', (x, y, index) => {
    expect(binAt(layout, x, y)).toBe(bins[index]);
  });

  it('finds nothing beside the bars or below the lanes', () => {
    expect(binAt(layout, 50, 30)).toBeUndefined();
    expect(binAt(layout, 10, 120)).toBeUndefined();
  });

  it('finds the bar holding a moment in a lane', () => {
    expect(binHolding(layout, 0, 12)).toBe(bins[1]);
    expect(binHolding(layout, 1, 12)).toBeUndefined();
  });
});
