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

/** Point radii tried, largest first, after the geometry's own; 4 px is an 8 px dot. */
export const SMALLER_POINT_RADII: readonly number[] = [5, 4];

export interface FittedLayout {
  geometry: Geometry;
  layout: TimelineLayout;
}

/** Some lane holds more candidates than any mark size could show: counts whatever the size. */
function tooManyAtAnySize(set: LaneSet, scale: TimeScale, g: Geometry): boolean {
  const [d0, d1] = scale.domain() as [Date, Date];
  return set.lanes.some((lane) => {
    const [from, to] = candidates(lane, d0.getTime(), d1.getTime());
    return to - from > g.maxMarksPerLane;
  });
}

/** The layout at the largest mark size at which every lane shows its events one by one. */
export function fitLayout(
  set: LaneSet,
  scale: TimeScale,
  g: Geometry,
  radii: readonly number[] = SMALLER_POINT_RADII,
): FittedLayout {
  const layout = layoutTimeline(set, scale, g);
  if (!layout.modes.includes('bins') || tooManyAtAnySize(set, scale, g))
    return { geometry: g, layout };
  for (const pointRadius of radii) {
    if (pointRadius >= g.pointRadius) continue;
    const smaller = { ...g, pointRadius };
    const tried = layoutTimeline(set, scale, smaller);
    if (!tried.modes.includes('bins')) return { geometry: smaller, layout: tried };
  }
  return { geometry: g, layout };
}
