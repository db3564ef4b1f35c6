// Measurements taken inside one page: frame intervals during a gesture, JS heap, filter redraw.
// Every step that talks to the page has a deadline: a page whose main thread is stuck (vis-timeline
// with 100,000 items can spend tens of seconds on one wheel step) is reported as such, and the
// benchmark goes on.

/**
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {{ count: number, p50: number, p95: number, p99: number, max: number }} FrameStats
 * @typedef {{
 *   steps: number, completed: number, capped: boolean, frozen: boolean, wallMs: number,
 *   slowestStepMs: number, unfinishedStepMs: number | null, frames: FrameStats | null,
 *   intervals: number[] | null
 * }} GestureResult
 * @typedef {{
 *   ms: number, settledMs: number, eventsBefore: number, eventsAfter: number,
 *   views?: Record<string, number | null>
 * }} FilterTiming
 */

export const TIMEOUT = Symbol('timeout');

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves to the promise's value, or to TIMEOUT after `ms`. The promise itself goes on (a
 * Playwright call cannot be cancelled); a late rejection is swallowed.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T | typeof TIMEOUT>}
 */
export function withTimeout(promise, ms) {
  promise.catch(() => {});
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<typeof TIMEOUT>} */
  const expired = new Promise((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, ms));
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Nearest-rank percentile of sorted values.
 * @param {number[]} sorted
 * @param {number} p 0–100
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return /** @type {number} */ (sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]);
}

/** @param {number} value */
const round1 = (value) => Math.round(value * 10) / 10;

/**
 * @param {number[]} intervals
 * @returns {FrameStats | null}
 */
export function frameStats(intervals) {
  if (intervals.length === 0) return null;
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(/** @type {number} */ (sorted[sorted.length - 1])),
  };
}

/**
 * Starts a requestAnimationFrame loop in the page that records each frame's timestamp.
 * @param {Page} page
 */
function startFrames(page) {
  return page.evaluate(() => {
    /** @type {{ stamps: number[], running: boolean }} */
    const state = { stamps: [], running: true };
    /** @type {any} */ (window).__benchFrames = state;
    /** @param {number} time */
    const loop = (time) => {
      state.stamps.push(time);
      if (state.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/**
 * Stops the loop and returns the intervals between frames, in ms.
 * @param {Page} page
 * @returns {Promise<number[]>}
 */
function stopFrames(page) {
  return page.evaluate(() => {
    /** @type {{ stamps: number[], running: boolean } | undefined} */
    const state = /** @type {any} */ (window).__benchFrames;
    if (!state) return [];
    state.running = false;
    const stamps = state.stamps;
    const intervals = [];
    for (let i = 1; i < stamps.length; i++) {
      const interval = /** @type {number} */ (stamps[i]) - /** @type {number} */ (stamps[i - 1]);
      intervals.push(Math.round(interval * 10) / 10);
    }
    return intervals;
  });
}

/**
 * Runs the steps about `gapMs` apart while recording frames. Stops issuing steps once `capMs`
 * of wall time has passed (or one step is still pending then): `completed` says how far it got.
 * `frozen` means the page did not even answer afterwards, within `collectMs`.
 * @param {Page} page
 * @param {(() => Promise<unknown>)[]} steps
 * @param {{ capMs: number, gapMs?: number, collectMs?: number }} options
 * @returns {Promise<GestureResult>}
 */
export async function runGesture(page, steps, { capMs, gapMs = 16, collectMs = 60_000 }) {
  /** @type {GestureResult} */
  const result = {
    steps: steps.length,
    completed: 0,
    capped: false,
    frozen: false,
    wallMs: 0,
    slowestStepMs: 0,
    unfinishedStepMs: null,
    frames: null,
    intervals: null,
  };
  const started = Date.now();
  if ((await withTimeout(startFrames(page), capMs)) === TIMEOUT) {
    result.capped = result.frozen = true;
    result.wallMs = Date.now() - started;
    return result;
  }
  await sleep(100); // a few idle frames first
  for (const step of steps) {
    const left = capMs - (Date.now() - started);
    if (left <= 0) {
      result.capped = true;
      break;
    }
    const stepStart = Date.now();
    if ((await withTimeout(step(), left)) === TIMEOUT) {
      result.capped = true;
      result.unfinishedStepMs = Date.now() - stepStart; // still running when the cap came
      break;
    }
    result.slowestStepMs = Math.max(result.slowestStepMs, Date.now() - stepStart);
    result.completed++;
    await sleep(gapMs);
  }
  await sleep(100); // the last step's frame
  result.wallMs = Date.now() - started;
  const intervals = await withTimeout(stopFrames(page), collectMs);
  if (intervals === TIMEOUT) {
    result.frozen = true;
    return result;
  }
  result.intervals = intervals;
  result.frames = frameStats(intervals);
  return result;
}

/**
 * The centre of the part of the element that is inside the viewport.
 * @param {Page} page
 * @param {string} selector
 */
export async function visibleCentre(page, selector) {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded({ timeout: 10_000 });
  const box = await element.boundingBox({ timeout: 10_000 });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  if (!box) throw new Error(`${selector} has no box`);
  const left = Math.max(0, box.x);
  const right = Math.min(viewport.width, box.x + box.width);
  const top = Math.max(0, box.y);
  const bottom = Math.min(viewport.height, box.y + box.height);
  if (right <= left || bottom <= top) throw new Error(`${selector} is not in the viewport`);
  return { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2) };
}

/**
 * 40 wheel steps zooming in, then 40 zooming out, at the centre of the element.
 * @param {Page} page
 * @param {{ x: number, y: number }} at
 * @param {number} capMs
 */
export async function wheelZoom(page, at, capMs) {
  /** @type {(() => Promise<unknown>)[]} */
  const steps = [() => page.mouse.move(at.x, at.y)];
  for (let i = 0; i < 40; i++) steps.push(() => page.mouse.wheel(0, -120));
  for (let i = 0; i < 40; i++) steps.push(() => page.mouse.wheel(0, 120));
  return runGesture(page, steps, { capMs });
}

/**
 * Five wheel steps in at the centre, not timed, then 600 ms to rest. A chart fitted to its data
 * may refuse to pan past it (Parley's does): the drag that follows must move a view that can move.
 * @param {Page} page
 * @param {{ x: number, y: number }} at
 */
export async function zoomInBeforePan(page, at) {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, -120);
    await sleep(16);
  }
  await sleep(600);
}

/**
 * Mouse down at the centre, 60 moves of 8 px to the left, mouse up.
 * @param {Page} page
 * @param {{ x: number, y: number }} at
 * @param {number} capMs
 */
export async function dragPan(page, at, capMs) {
  /** @type {(() => Promise<unknown>)[]} */
  const steps = [() => page.mouse.move(at.x, at.y), () => page.mouse.down()];
  for (let i = 1; i <= 60; i++) steps.push(() => page.mouse.move(at.x - 8 * i, at.y));
  steps.push(() => page.mouse.up());
  return runGesture(page, steps, { capMs });
}

/**
 * Memory of the page after a forced garbage collection, in MB (2^20 bytes), or null when the
 * page does not answer within `timeoutMs`: `heap`, the used JS heap (Performance.getMetrics'
 * JSHeapUsedSize), and `buffers`, the backing stores of ArrayBuffers and typed arrays, which
 * live outside that heap (Runtime.getHeapUsage's backingStorageSize; null when this Chromium
 * does not report it). An app that keeps its data in typed arrays has most of it in `buffers`.
 * @param {Page} page
 * @param {number} [timeoutMs]
 * @returns {Promise<{ heap: number | null, buffers: number | null } | null>}
 */
export async function memoryMb(page, timeoutMs = 60_000) {
  const toMb = (/** @type {number | undefined} */ bytes) =>
    bytes === undefined ? null : Math.round((bytes / 2 ** 20) * 10) / 10;
  const measure = async () => {
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const usage = /** @type {{ backingStorageSize?: number }} */ (
        await cdp.send('Runtime.getHeapUsage')
      );
      return {
        heap: toMb(metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value),
        buffers: toMb(usage.backingStorageSize),
      };
    } finally {
      await cdp.detach().catch(() => {});
    }
  };
  const value = await withTimeout(measure(), timeoutMs);
  return value === TIMEOUT ? null : value;
}

/**
 * Time from a filter change until the timeline's data-events has changed, data-ready is "true"
 * again, and one animation frame has run (`ms`), and until the page is idle after it
 * (`settledMs`). The change is either typing into the search box
 * (`{ search: text }`: set the value, dispatch 'input') or
 * ticking the first checkbox of a facet (`{ facet: 'kind' }`; a second call unticks it).
 * `views` names other parts of the page by a selector of their root, whose `data-events` says
 * how many events they show: for each, the time until that count has changed and one more frame
 * has run (`views[name]`; null when it did not change within 10 s of the chart), and
 * `settledMs` waits for them too.
 * Resolves to null when the page has no such control, to 'timed out' when the count never changed.
 * @param {Page} page
 * @param {{ search: string } | { facet: string }} change
 * @param {number} [timeoutMs]
 * @param {Record<string, string>} [views]
 * @returns {Promise<FilterTiming | null | 'timed out'>}
 */
export async function filterRedraw(page, change, timeoutMs = 60_000, views = {}) {
  const measured = page.evaluate(
    ({ change, timeoutMs, views }) =>
      new Promise((resolve) => {
        const input = /** @type {HTMLInputElement | null} */ (
          'search' in change
            ? document.querySelector('input[data-testid="filter-search"]')
            : document.querySelector(`fieldset[data-facet="${change.facet}"] input[type=checkbox]`)
        );
        const timeline = document.querySelector('[data-testid="timeline"]');
        if (!input || !timeline) return resolve(null);
        const before = timeline.getAttribute('data-events');
        const since = () => Math.round((performance.now() - t0) * 10) / 10;
        /** @type {(ms: number) => void} */
        let chartDone = () => {};
        /** @type {Promise<number>} */
        const chartDrawn = new Promise((done) => (chartDone = done));
        /** @type {Record<string, number | null>} */
        const viewMs = {};
        /** @type {Promise<void>[]} */
        const viewsDrawn = Object.entries(views).map(
          ([name, selector]) =>
            new Promise((done) => {
              const root = document.querySelector(selector);
              const shown = root?.getAttribute('data-events');
              viewMs[name] = null;
              if (!root) return done(undefined);
              const watch = new MutationObserver(() => {
                if (root.getAttribute('data-events') === shown) return;
                watch.disconnect();
                requestAnimationFrame(() => {
                  viewMs[name] = since();
                  done(undefined);
                });
              });
              watch.observe(root, { attributes: true, attributeFilter: ['data-events'] });
              // A view that never follows is reported as null, not waited for forever.
              chartDrawn.then(() =>
                setTimeout(() => {
                  watch.disconnect();
                  done(undefined);
                }, 10_000),
              );
            }),
        );
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        const observer = new MutationObserver(() => {
          const events = timeline.getAttribute('data-events');
          if (events === before || timeline.getAttribute('data-ready') !== 'true') return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => chartDone(since()));
          // Then until the page has nothing left to do: the list and the views follow the chart.
          Promise.all([chartDrawn, ...viewsDrawn]).then(([ms]) =>
            requestIdleCallback(
              () =>
                resolve({
                  ms,
                  settledMs: since(),
                  eventsBefore: Number(before),
                  eventsAfter: Number(events),
                  ...(viewsDrawn.length ? { views: viewMs } : {}),
                }),
              { timeout: 10_000 },
            ),
          );
        });
        observer.observe(timeline, {
          attributes: true,
          attributeFilter: ['data-events', 'data-ready'],
        });
        timer = setTimeout(() => {
          observer.disconnect();
          resolve('timed out');
        }, timeoutMs);
        const t0 = performance.now();
        if ('search' in change) {
          input.value = change.search;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          input.click();
        }
      }),
    { change, timeoutMs, views },
  );
  const value = await withTimeout(measured, timeoutMs + 30_000);
  if (value === TIMEOUT) return 'timed out';
  return /** @type {FilterTiming | null | 'timed out'} */ (value);
}

/**
 * performance marks whose names start with `prefix`, in ms since navigation start.
 * @param {Page} page
 * @param {string} prefix
 * @returns {Promise<Record<string, number>>}
 */
export async function marks(page, prefix) {
  const value = await withTimeout(
    page.evaluate((prefix) => {
      /** @type {Record<string, number>} */
      const out = {};
      for (const entry of performance.getEntriesByType('mark')) {
        if (entry.name.startsWith(prefix) && !(entry.name in out)) {
          out[entry.name] = Math.round(entry.startTime * 10) / 10;
        }
      }
      return out;
    }, prefix),
    60_000,
  );
  return value === TIMEOUT ? {} : value;
}

/**
 * What the page says its visible range is, to check that a gesture moved the view: Parley keeps
 * it in the URL (from=, to=; updated 250 ms after the view settles), vis-timeline answers
 * getWindow(), timelines-chart zoomX(). Null when the page does not answer.
 * @param {Page} page
 * @param {'parley' | 'vis' | 'timelines'} app
 */
export async function viewSignature(page, app) {
  const value = await withTimeout(
    page.evaluate((app) => {
      // The range Parley writes to the URL, alone: the rest of the address may be written
      // anew (re-encoded) without the view moving.
      if (app === 'parley') {
        const params = new URLSearchParams(location.search);
        return `${params.get('from')}–${params.get('to')}`;
      }
      const timeline = /** @type {any} */ (window).benchTimeline;
      if (app === 'timelines') {
        const zoom = timeline?.zoomX();
        return zoom ? `${Number(zoom[0])}–${Number(zoom[1])}` : '';
      }
      const range = timeline?.getWindow();
      return range ? `${Number(range.start)}–${Number(range.end)}` : '';
    }, app),
    30_000,
  );
  return value === TIMEOUT ? null : value;
}
