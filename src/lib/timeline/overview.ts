/** The overview strip's density: events per bin across the whole dataset. Pure. */
import type { EventView } from '../model/prepare';

export function histogram(
  events: readonly EventView[],
  extent: [number, number],
  bins: number,
): Uint32Array {
  const counts = new Uint32Array(bins);
  const span = extent[1] - extent[0];
  if (span <= 0) return counts;
  for (const view of events) {
    const i = Math.floor(((view.start.startMs - extent[0]) / span) * bins);
    const bin = Math.min(bins - 1, Math.max(0, i));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts;
}
