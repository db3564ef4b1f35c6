/**
 * How tall the chart's lanes are, on screen and in the exported image, and how the live
 * chart's height follows the view while the reader zooms and pans.
 */
import { laneHeight, type Geometry, type TimelineLayout } from './layout';

/** The lanes are as tall as what they show; with nothing to show, one empty row says so. */
export function lanesHeight(layout: TimelineLayout, geometry: Geometry): number {
  return Math.max(laneHeight(geometry, 1), layout.laneTops.at(-1) ?? 0);
}

/**
 * The height to draw while the view moves (`moving`: a zoom or a pan, until it has rested for
 * RANGE_DEBOUNCE_MS), given the height the view needs (`needed`) and the one drawn before
 * (`drawn`). It grows at once, so that no row is cut off, but shrinks only once the view is at
 * rest. Each change of height reallocates the canvas and moves everything under the chart:
 * at 1,000 events a wheel zoom changed it 15 times in 80 steps, and those were most of the
 * frames that took 33–83 ms instead of 17.
 */
export function heightWhileMoving(needed: number, drawn: number, moving: boolean): number {
  return moving ? Math.max(needed, drawn) : needed;
}
