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

type Range = [number, number];

/** What to do for the open event, at one moment. */
export interface RevealStep {
  /** Bring this span into view, keeping the zoom (zoom.ts's reveal). */
  reveal?: Range;
  /** Show this range: a closer look at an event that is only part of a count. */
  zoomTo?: Range;
  /** Then scroll the page so its mark is on screen. */
  scroll: true;
}

/** How many times the view may zoom in (×4 each) to draw the open event as a mark. */
const MOST_ZOOMS = 6;

/**
 * Bringing the open event into view, once per event: it is revealed in time when it opens,
 * and zoomed in on, a step at a time, while it is drawn only as part of a count. Once it has a
 * mark (or the steps run out) the view is the reader's again: zooming out later is not undone.
 */
export class OpenEventReveal {
  #id: string | null = null;
  #zoomsLeft = 0;
  /** The chart's width when the event got its mark. */
  #markedAtWidth: number | undefined;

  /** No event is open. */
  reset(): void {
    this.#id = null;
  }

  /**
   * The step for event `id` (its `span`), given whether the drawn layout has a mark for it, the
   * newest range the zoom was asked for (`shown`), the range the layout was drawn at and the
   * chart's width. A chart that narrows (the detail opening beside it) may turn the mark back
   * into part of a count: the steps start again then, though never for the reader's own zoom.
   */
  next(
    id: string,
    span: Range,
    hasMark: boolean,
    shown: Range,
    drawn: Range,
    width = 0,
  ): RevealStep | undefined {
    if (id !== this.#id) {
      this.#id = id;
      this.#zoomsLeft = MOST_ZOOMS;
      this.#markedAtWidth = undefined;
      return { reveal: span, scroll: true };
    }
    if (!hasMark && this.#markedAtWidth !== undefined && width !== this.#markedAtWidth) {
      this.#zoomsLeft = MOST_ZOOMS;
      this.#markedAtWidth = undefined;
    }
    if (this.#zoomsLeft === 0) return undefined;
    if (hasMark) {
      this.#zoomsLeft = 0;
      this.#markedAtWidth = width;
      return { scroll: true };
    }
    // Judge only a layout drawn at the newest zoom: one step at a time.
    if (Math.abs(shown[0] - drawn[0]) + Math.abs(shown[1] - drawn[1]) > 60_000) return undefined;
    this.#zoomsLeft--;
    const half = (shown[1] - shown[0]) / 8;
    const centre = (span[0] + span[1]) / 2;
    return { zoomTo: [centre - half, centre + half], scroll: true };
  }
}
