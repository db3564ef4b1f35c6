// When a chart is on screen, not only written. Each app marks its first draw when its code has
// written the chart: Parley after its canvas draw, timelines-chart and vis-timeline when their
// elements are in the page. What the reader sees comes after that, once the browser has laid
// out and painted the frame: a canvas is painted at once, but 100,000 SVG elements added in one
// go took timelines-chart's page 2.7–5.1 s more of style, layout and paint (the loads of
// 3 December 2026). So every app's page also gets a `<prefix>shown` mark, set when the first
// frame after its first draw has been painted, the same way for each app.
import { withTimeout, TIMEOUT } from './measure.mjs';

/**
 * Runs in the page before its own scripts (BrowserContext.addInitScript; serialised, so it
 * refers to nothing outside itself). When the app marks `parley-first-draw` or
 * `bench-first-draw`, it asks for the next animation frame; a task queued from that frame's
 * callback runs once the frame's style, layout and paint are done, and marks `parley-shown` or
 * `bench-shown` there. Only the first draw is followed.
 */
export function markShownAfterFirstDraw() {
  const page = /** @type {typeof globalThis} */ (globalThis);
  const mark = page.performance.mark.bind(page.performance);
  let followed = false;
  page.performance.mark = (name, options) => {
    const entry = mark(name, options);
    const shown =
      name === 'parley-first-draw'
        ? 'parley-shown'
        : name === 'bench-first-draw'
          ? 'bench-shown'
          : null;
    if (shown && !followed) {
      followed = true;
      page.requestAnimationFrame(() => page.setTimeout(() => mark(shown), 0));
    }
    return entry;
  };
}

/**
 * Waits for the page's `<prefix>shown` mark: ms since navigation start, or null when it did not
 * come within `timeoutMs` (the page never painted again, or it has no first-draw mark).
 * @param {import('@playwright/test').Page} page
 * @param {string} prefix `parley-` or `bench-`
 * @param {number} timeoutMs
 * @returns {Promise<number | null>}
 */
export async function waitForShown(page, prefix, timeoutMs) {
  const name = `${prefix}shown`;
  const found = await withTimeout(
    page
      .waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, name, {
        timeout: timeoutMs,
        polling: 100,
      })
      .then(
        () =>
          page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime, name),
        () => undefined,
      ),
    timeoutMs + 10_000,
  );
  if (found === TIMEOUT || typeof found !== 'number') return null;
  return Math.round(found * 10) / 10;
}
