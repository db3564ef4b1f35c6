/** Which mark or count bar is under the pointer, where they are not elements. Pure. */
import { laneBox, type PlacedBin, type PlacedMark, type TimelineLayout } from './layout';

/** The least size of a mark's target, in CSS px, however small its dot (WCAG 2.5.8). */
export const MIN_TARGET = 24;

/**
 * The mark containing (x, y), or the nearest within `tolerance` px (touch needs slack); later
 * marks win ties, as they are drawn on top. Every mark answers within at least a
 * `minTarget`-square round its centre, so a small dot is as easy to hit as a big one.
 */
export function hitTest(
  marks: readonly PlacedMark[],
  x: number,
  y: number,
  halfHeight: number,
  tolerance = 4,
  minTarget = MIN_TARGET,
): PlacedMark | undefined {
  let best: PlacedMark | undefined;
  let bestDistance = Infinity;
  const slackY = Math.max(tolerance, minTarget / 2 - halfHeight);
  for (const mark of marks) {
    const dy = Math.abs(y - mark.y);
    if (dy > halfHeight + slackY) continue;
    const dx = x < mark.x0 ? mark.x0 - x : x > mark.x1 ? x - mark.x1 : 0;
    if (dx > Math.max(tolerance, (minTarget - (mark.x1 - mark.x0)) / 2)) continue;
    const distance = dx + Math.max(0, dy - halfHeight);
    if (distance <= bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The count bar under (x, y): anywhere in its lane, between its edges, counts, as a bar is
 * shorter for fewer events and a reader points at the period, not at the bar's height.
 */
export function binAt(layout: TimelineLayout, x: number, y: number): PlacedBin | undefined {
  return layout.bins.find((bin) => {
    const lane = laneBox(layout, bin.lane);
    return x >= bin.x0 && x < bin.x1 && y >= lane.top && y < lane.top + lane.height;
  });
}

/** The count bar of `lane` that holds the moment `ms` (a focused event drawn as a count). */
export function binHolding(
  layout: TimelineLayout,
  lane: number,
  ms: number,
): PlacedBin | undefined {
  return layout.bins.find((bin) => bin.lane === lane && bin.t0 <= ms && ms < bin.t1);
}
