import { describe, expect, it } from 'vitest';
import { buildLanes } from './lanes';
import { DEFAULT_GEOMETRY, laneBox, layoutTimeline, type Geometry } from './layout';
import { createTimeScale } from './scale';
import { views } from './test-data';

const g: Geometry = { ...DEFAULT_GEOMETRY, width: 1000 };
const scale = (from: string, to: string) =>
  createTimeScale([Date.parse(from), Date.parse(to)], 1000);

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }) {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

describe('layoutTimeline', () => {
  it('stacks overlapping events into rows without overlap', () => {
    const set = buildLanes(
      views([
        { start: '2025-03-01', end: '2025-03-10' },
        { start: '2025-03-05', end: '2025-03-12' },
        { start: '2025-03-05' },
      ]),
      'track',
    );
    const { marks, modes } = layoutTimeline(set, scale('2025-02-20', '2025-03-20'), g);
    expect(modes).toEqual(['marks']);
    expect(new Set(marks.map((m) => m.row)).size).toBe(3);
    for (const a of marks)
      for (const b of marks) if (a !== b && a.row === b.row) expect(overlaps(a, b)).toBe(false);
  });

  it('reuses a row once the earlier event has ended', () => {
    const set = buildLanes(views([{ start: '2025-03-01' }, { start: '2025-03-10' }]), 'track');
    const { marks } = layoutTimeline(set, scale('2025-02-20', '2025-03-20'), g);
    expect(marks.map((m) => m.row)).toEqual([0, 0]);
  });

  it('draws a point as a circle centred on its day, at least a point wide', () => {
    const set = buildLanes(views([{ start: '2025-03-01' }]), 'track');
    const s = scale('2025-01-01', '2026-01-01');
    const [mark] = layoutTimeline(set, s, g).marks;
    const centre = (s(Date.UTC(2025, 2, 1)) + s(Date.UTC(2025, 2, 2))) / 2;
    expect(mark!.x0).toBeCloseTo(centre - g.pointRadius);
    expect(mark!.x1).toBeCloseTo(centre + g.pointRadius);
  });

  it('leaves out what is outside the view', () => {
    const set = buildLanes(
      views([{ start: '2024-01-01' }, { start: '2025-03-01' }, { start: '2027-01-01' }]),
      'track',
    );
    expect(layoutTimeline(set, scale('2025-01-01', '2025-12-31'), g).marks).toHaveLength(1);
  });

  it('keeps a long range that began before the view', () => {
    const set = buildLanes(views([{ start: '2024-06-01', end: '2025-06-01' }]), 'track');
    const { marks } = layoutTimeline(set, scale('2025-01-01', '2025-12-31'), g);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.x0).toBeLessThan(0);
  });

  it('shows counts per period when a lane is too dense to draw each event', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      start: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const set = buildLanes(views(many), 'track');
    const layout = layoutTimeline(set, scale('2025-01-01', '2026-01-01'), g);
    expect(layout.modes).toEqual(['bins']);
    expect(layout.marks).toHaveLength(0);
    expect(layout.bins.reduce((n, b) => n + b.count, 0)).toBe(400);
    expect(layout.maxCount).toBeGreaterThan(1);
  });

  it('shows counts when more events overlap than a lane has rows', () => {
    const same = Array.from({ length: g.rows + 1 }, () => ({ start: '2025-03-01' }));
    const layout = layoutTimeline(
      buildLanes(views(same), 'track'),
      scale('2025-01-01', '2026-01-01'),
      g,
    );
    expect(layout.modes).toEqual(['bins']);
    expect(layout.bins.map((b) => b.count)).toEqual([g.rows + 1]);
  });

  it('places each lane below the previous one', () => {
    const set = buildLanes(
      views([
        { start: '2025-03-01', track: 'us-russia' },
        { start: '2025-03-01', track: 'us-ukraine' },
      ]),
      'track',
    );
    const [a, b] = layoutTimeline(set, scale('2025-01-01', '2026-01-01'), g).marks;
    expect(b!.y - a!.y).toBe(g.labelHeight + g.rows * g.rowHeight + g.lanePadding);
  });

  it('does not change its input', () => {
    const set = buildLanes(views([{ start: '2025-03-01' }]), 'track');
    const before = Array.from(set.lanes[0]!.starts);
    layoutTimeline(set, scale('2025-01-01', '2026-01-01'), g);
    expect(Array.from(set.lanes[0]!.starts)).toEqual(before);
  });

  it('keeps room after a mark for its title, so titles take rows of their own', () => {
    // Two points a week apart: side by side, the first one's 200 px title would be cut.
    const set = buildLanes(views([{ start: '2025-03-01' }, { start: '2025-03-08' }]), 'track');
    const s = scale('2025-02-20', '2025-06-20');
    expect(layoutTimeline(set, s, g).marks.map((m) => m.row)).toEqual([0, 0]);
    expect(layoutTimeline(set, s, g, () => 200).marks.map((m) => m.row)).toEqual([0, 1]);
  });

  it('when every row is short of room for the title, the mark still goes where it fits', () => {
    const set = buildLanes(
      views([{ start: '2025-03-01' }, { start: '2025-03-08' }, { start: '2025-03-15' }]),
      'track',
    );
    const layout = layoutTimeline(
      set,
      scale('2025-02-20', '2025-06-20'),
      { ...g, rows: 2 },
      () => 500,
    );
    expect(layout.modes).toEqual(['marks']);
    expect(layout.marks.map((m) => m.row)).toEqual([0, 1, 0]);
  });

  const sized: Geometry = { ...g, rows: 6, minRows: 0 };
  const height = (rows: number) => g.labelHeight + rows * g.rowHeight + g.lanePadding;

  it('with minRows 0, sizes each lane to the rows it uses', () => {
    const set = buildLanes(
      views([
        { start: '2025-03-01', track: 'us-russia' },
        { start: '2025-03-02', track: 'us-russia' },
        { start: '2025-03-03', track: 'us-russia' },
        { start: '2025-03-01', track: 'us-ukraine' },
      ]),
      'track',
    );
    const layout = layoutTimeline(set, scale('2025-02-20', '2025-03-20'), sized, () => 300);
    expect(laneBox(layout, 0)).toEqual({ top: 0, height: height(3) });
    expect(laneBox(layout, 1)).toEqual({ top: height(3), height: height(1) });
    expect(layout.laneTops).toEqual([0, height(3), height(3) + height(1)]);
    const second = layout.marks.find((m) => m.lane === 1)!;
    expect(second.y).toBe(height(3) + g.labelHeight + g.rowHeight / 2);
  });

  it('with minRows 0, a lane with nothing in view takes no room', () => {
    const set = buildLanes(
      views([
        { start: '2024-03-01', track: 'us-russia' },
        { start: '2025-03-01', track: 'us-ukraine' },
      ]),
      'track',
    );
    const layout = layoutTimeline(set, scale('2025-01-01', '2026-01-01'), sized);
    expect(laneBox(layout, 0).height).toBe(0);
    expect(laneBox(layout, 1)).toEqual({ top: 0, height: height(1) });
    expect(layout.marks[0]!.y).toBe(g.labelHeight + g.rowHeight / 2);
  });

  it('shares the row budget among the lanes in view', () => {
    // Six same-day events per lane: with a budget of 8 rows, two lanes get 4 rows each and
    // show counts; one lane alone gets 6 and draws them.
    const same = (track: string) =>
      Array.from({ length: 6 }, () => ({ start: '2025-03-01', track }));
    const budget: Geometry = { ...sized, rowBudget: 8 };
    const s = scale('2025-01-01', '2026-01-01');
    const two = layoutTimeline(
      buildLanes(views([...same('us-russia'), ...same('us-ukraine')]), 'track'),
      s,
      budget,
    );
    expect(two.modes).toEqual(['bins', 'bins']);
    const one = layoutTimeline(buildLanes(views(same('us-russia')), 'track'), s, budget);
    expect(one.modes).toEqual(['marks']);
    expect(laneBox(one, 0).height).toBe(height(6));
  });
});
