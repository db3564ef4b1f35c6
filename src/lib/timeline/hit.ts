/** Which mark is under the pointer, for the canvas layer where marks are not elements. Pure. */
import type { PlacedMark } from './layout';

/**
 * The mark containing (x, y), or the nearest within `tolerance` px (touch needs slack); later
 * marks win ties, as they are drawn on top.
 */
export function hitTest(
  marks: readonly PlacedMark[],
  x: number,
  y: number,
  halfHeight: number,
  tolerance = 4,
): PlacedMark | undefined {
  let best: PlacedMark | undefined;
  let bestDistance = Infinity;
  for (const mark of marks) {
    const dy = Math.abs(y - mark.y);
    if (dy > halfHeight + tolerance) continue;
    const dx = x < mark.x0 ? mark.x0 - x : x > mark.x1 ? x - mark.x1 : 0;
    if (dx > tolerance) continue;
    const distance = dx + Math.max(0, dy - halfHeight);
    if (distance <= bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}
