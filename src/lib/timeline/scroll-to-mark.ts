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

/**
 * Scrolls the page to the open event's mark, and keeps it there for a moment: what arrives
 * after the first paint (the list of events, the eras' picker) can still move the page.
 * `rows` is where the mark is in the chart (ChartView.openMarkRows), undefined when it is not
 * drawn; the checks stop once `chart` says the chart is gone or another event is open.
 */
export function keepMarkInView(
  chart: () => SVGSVGElement | undefined,
  rows: () => [number, number] | undefined,
  checks = 8,
): void {
  const svg = chart();
  if (!svg) return;
  const box = svg.getBoundingClientRect();
  const mark = rows();
  scrollMarkIntoView(box.top + (mark?.[0] ?? 0), mark ? box.top + mark[1] : box.bottom);
  if (checks > 0) setTimeout(() => keepMarkInView(chart, rows, checks - 1), 150);
}
