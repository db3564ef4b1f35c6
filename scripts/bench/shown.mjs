// When a chart is on screen, not only written. Each app marks its first draw when its code has
// written the chart: Parley after its canvas draw, timelines-chart and vis-timeline when their
// elements are in the page. The reader sees it once the browser has laid out and painted a
// frame with it. A canvas is painted at once; timelines-chart's 100,000 SVG rectangles, added
// in one go, were painted 2.7–5.1 s later (its frame also starts a transition for each), and
// even in that frame they are drawn at zero size and transparent, growing into place over the
// next 700 ms. So every app's page also gets a `<prefix>shown` mark, set when the frame that
// paints its first draw has been painted, the same way for each app: a bound that can only be
// early for timelines-chart.
import { withTimeout, TIMEOUT } from './measure.mjs';

/**
 * Runs in the page before its own scripts (BrowserContext.addInitScript; serialised, so it
 * refers to nothing outside itself). When the app marks `parley-first-draw` or
 * `bench-first-draw`, the frame that paints the draw is awaited: a task queued from inside a
 * frame runs once that frame's style, layout and paint are done, and marks `parley-shown` or
 * `bench-shown` there. A draw marked in a task is painted by the next frame, so the task is
 * queued from that frame's callback; one marked inside an animation frame (vis-timeline fires
 * `changed` there) is painted by that same frame, so the task is queued at once. (A mark set in
 * a ResizeObserver callback, also part of a frame, would be read a frame late: only against the
 * app that sets it.) Only the first draw is followed.
 */
export function markShownAfterFirstDraw() {
  const page = /** @type {typeof globalThis} */ (globalThis);
  const mark = page.performance.mark.bind(page.performance);
  const requestFrame = page.requestAnimationFrame.bind(page);
  let insideFrame = 0;
  page.requestAnimationFrame = (callback) =>
    requestFrame((time) => {
      insideFrame++;
      try {
        callback(time);
      } finally {
        insideFrame--;
      }
    });
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
      const afterFrame = () => page.setTimeout(() => mark(shown), 0);
      if (insideFrame > 0) afterFrame();
      else requestFrame(afterFrame);
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
