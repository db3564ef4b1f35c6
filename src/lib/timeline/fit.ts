/**
 * Smaller marks before counts: when a lane's marks do not fit its rows at their usual size (a
 * phone's 340 px holding a year of talks), the same view is laid out again with smaller dots,
 * and only when even those do not fit does a lane show counts. The rows, and so the chart's
 * height, never change with the zoom; a small dot still has a full-size tap target (hit.ts).
 * Pure: lanes, a scale and a geometry in, the geometry used and its layout out.
 */
import { candidates, type LaneSet } from './lanes';
import { layoutTimeline, type Geometry, type TimelineLayout } from './layout';
import type { TimeScale } from './scale';

/** A mark size to try: a point's radius (a dot is drawn 1 px inside it) and the least room
 * between two marks in a row. */
export interface MarkSize {
  pointRadius: number;
  gap: number;
}

/** Sizes tried, largest first, after the geometry's own: the last packs 6 px dots 3 px apart
 * (the 2025–26 talks at a phone's 340 px, in three rows). */
export const SMALLER_MARKS: readonly MarkSize[] = [
  { pointRadius: 5, gap: 4 },
  { pointRadius: 4, gap: 4 },
  { pointRadius: 4, gap: 1 },
];

export interface FittedLayout {
  geometry: Geometry;
  layout: TimelineLayout;
}

/** Some lane holds more candidates than any mark size could show: counts whatever the size. */
function tooManyAtAnySize(set: LaneSet, scale: TimeScale, g: Geometry): boolean {
  const [t0, t1] = scale.domain() as [number, number];
  return set.lanes.some((lane) => {
    const [from, to] = candidates(lane, t0, t1);
    return to - from > g.maxMarksPerLane;
  });
}

/**
 * The layout at the largest mark size at which every lane shows its events one by one.
 * `layoutAt` lays the view out at a geometry (the chart's adds room for the titles).
 */
export function fitLayout(
  set: LaneSet,
  scale: TimeScale,
  g: Geometry,
  layoutAt: (geometry: Geometry) => TimelineLayout = (geometry) =>
    layoutTimeline(set, scale, geometry),
  sizes: readonly MarkSize[] = SMALLER_MARKS,
): FittedLayout {
  const layout = layoutAt(g);
  if (!layout.modes.includes('bins') || tooManyAtAnySize(set, scale, g))
    return { geometry: g, layout };
  for (const size of sizes) {
    if (size.pointRadius > g.pointRadius || size.gap > g.gap) continue;
    if (size.pointRadius === g.pointRadius && size.gap === g.gap) continue;
    const smaller = { ...g, ...size };
    const tried = layoutAt(smaller);
    if (!tried.modes.includes('bins')) return { geometry: smaller, layout: tried };
  }
  return { geometry: g, layout };
}
