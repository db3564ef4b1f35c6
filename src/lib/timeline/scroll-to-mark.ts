/**
 * Scrolling the page so the open event's mark is seen: out from under the detail when the
 * detail (EventDetail.svelte) is a sheet fixed to the bottom of a narrow screen. The sums are
 * reveal.ts's; this reads the page and scrolls it.
 */
import { freeBand, scrollToShow } from './reveal';

/** Scrolls so that [top, bottom] (viewport pixels) lies in the part of the screen left free. */
export function scrollMarkIntoView(top: number, bottom: number): void {
  const detail = document.querySelector('[data-testid="event-detail"]');
  const sheet = detail
    ? {
        top: detail.getBoundingClientRect().top,
        fixed: getComputedStyle(detail).position === 'fixed',
      }
    : undefined;
  const [from, to] = freeBand(window.innerHeight, sheet);
  const dy = scrollToShow(top, bottom, from, to);
  if (dy !== 0) window.scrollBy({ top: dy, behavior: 'instant' });
}
