import { describe, expect, it } from 'vitest';
import { heightWhileMoving, lanesHeight } from './plot-height';
import { laneHeight, type Geometry, type TimelineLayout } from './layout';

describe('heightWhileMoving: the chart grows at once but shrinks only at rest', () => {
  it.each([
    { name: 'at rest, it is what the view needs', needed: 300, drawn: 500, moving: false, is: 300 },
    { name: 'at rest, taller too', needed: 700, drawn: 500, moving: false, is: 700 },
    { name: 'moving, it keeps its height', needed: 300, drawn: 500, moving: true, is: 500 },
    { name: 'moving, it grows so no row is cut', needed: 700, drawn: 500, moving: true, is: 700 },
    { name: 'before anything was drawn', needed: 300, drawn: 0, moving: true, is: 300 },
  ])('$name', ({ needed, drawn, moving, is }) => {
    expect(heightWhileMoving(needed, drawn, moving)).toBe(is);
  });

  it('through a zoom in and out, changes height only when it must grow, and once at rest', () => {
    const needs = [400, 350, 300, 250, 300, 450, 500, 420];
    let drawn = 0;
    const heights = needs.map((needed) => (drawn = heightWhileMoving(needed, drawn, true)));
    expect(heights).toEqual([400, 400, 400, 400, 400, 450, 500, 500]);
    expect(heightWhileMoving(420, drawn, false)).toBe(420);
  });
});

describe('lanesHeight', () => {
  const geometry = { labelHeight: 14, rowHeight: 20, lanePadding: 6, rows: 1 } as Geometry;
  it('is where the last lane ends', () => {
    const layout = { laneTops: [0, 40, 120] } as unknown as TimelineLayout;
    expect(lanesHeight(layout, geometry)).toBe(120);
  });
  it('is one empty row with nothing to show', () => {
    const layout = { laneTops: [] } as unknown as TimelineLayout;
    expect(lanesHeight(layout, geometry)).toBe(laneHeight(geometry, 1));
    expect(lanesHeight(layout, geometry)).toBe(40);
  });
});
