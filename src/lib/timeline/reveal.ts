/**
 * Keeping the open event's mark on screen. The detail opens over part of the page (a panel
 * beside it, or a sheet at the bottom of a narrow screen); the mark must stay where the reader
 * can see it. Pure: rectangles in viewport pixels in, a scroll distance out.
 */

/** Room kept between the mark and the edge of the free part of the screen. */
const MARGIN = 12;

/**
 * How far to scroll the page (positive: down) so that [top, bottom] lies inside [from, to], the
 * part of the viewport nothing covers: 0 when it already does, else centred in it.
 */
export function scrollToShow(top: number, bottom: number, from: number, to: number): number {
  if (top >= from + MARGIN && bottom <= to - MARGIN) return 0;
  return top - ((from + to) / 2 - (bottom - top) / 2);
}

/**
 * The part of the viewport an open detail leaves free: above it when it is a sheet fixed to the
 * bottom of the screen, all of it otherwise (a panel beside the page narrows the page instead).
 */
export function freeBand(
  viewportHeight: number,
  sheet: { top: number; fixed: boolean } | undefined,
): [number, number] {
  if (!sheet || !sheet.fixed || sheet.top <= viewportHeight / 4) return [0, viewportHeight];
  return [0, Math.min(viewportHeight, sheet.top)];
}
