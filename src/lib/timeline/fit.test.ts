import { describe, expect, it } from 'vitest';
import { fitLayout } from './fit';
import { buildLanes } from './lanes';
import { DEFAULT_GEOMETRY, type Geometry } from './layout';
import { createTimeScale } from './scale';
import { views } from './test-data';

/** One-day events `every` days apart through 2025: a busy lane. */
function busyLane(count: number, every: number) {
  const day = 86_400_000;
  return buildLanes(
    views(
      Array.from({ length: count }, (_, i) => ({
        start: new Date(Date.UTC(2025, 0, 1) + i * every * day).toISOString().slice(0, 10),
      })),
    ),
    'track',
  );
}

const year = (width: number) =>
  createTimeScale([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], width);
const phone: Geometry = { ...DEFAULT_GEOMETRY, width: 340, pointRadius: 7 };

describe('marks before counts', () => {
  it.each([
    // [events, days apart, plot width, expected point radius, gap, mode]
    [10, 30, 340, 7, 4, 'marks'], // sparse: the usual size fits
    [50, 6, 340, 5, 4, 'marks'], // too close for three rows of 14 px dots; 10 px dots fit
    [60, 5, 340, 4, 4, 'marks'],
    [90, 4, 340, 4, 1, 'marks'], // only with the marks packed closer
    [120, 3, 340, 7, 4, 'bins'], // too close even at the smallest: counts, at the usual size
    [60, 5, 1000, 7, 4, 'marks'], // a wide screen needs no shrinking
  ] as const)(
    '%i events %i days apart at %i px: radius %i, gap %i, %s',
    (n, every, width, r, gap, mode) => {
      const { geometry, layout } = fitLayout(busyLane(n, every), year(width), {
        ...phone,
        width,
      });
      expect([geometry.pointRadius, geometry.gap]).toEqual([r, gap]);
      expect(layout.modes).toEqual([mode]);
    },
  );

  it('keeps the rows, so the chart does not change height as it zooms', () => {
    const { geometry } = fitLayout(busyLane(60, 5), year(340), phone);
    expect([geometry.rows, geometry.rowHeight]).toEqual([phone.rows, phone.rowHeight]);
  });

  it('does not try smaller marks in a lane with more events than marks allow', () => {
    const { geometry, layout } = fitLayout(busyLane(200, 1), year(340), {
      ...phone,
      maxMarksPerLane: 150,
    });
    expect(geometry.pointRadius).toBe(7);
    expect(layout.modes).toEqual(['bins']);
  });
});
