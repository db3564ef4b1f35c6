// The vis-timeline side of the benchmark: dist/bench/vis.html plus vis-timeline's standalone
// UMD build and stylesheet copied into dist/bench/vendor/.
//
// vis.html?data=<url> fetches a Parley chronology (format v1), turns its events into vis items
// and its tracks into groups, draws them with vis-timeline's default options except one,
// `{ height: '100%' }`, in a full-window container and, once the timeline has first drawn,
// calls performance.mark('bench-first-draw') and sets <body data-ready="true"> (data-ready-by
// says which signal it was: see the comment in visPageMain).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Runs in the page (serialised with Function.prototype.toString, so it must not refer to
 * anything outside itself). Stage marks: bench-downloaded, bench-parsed, bench-converted,
 * bench-constructed, bench-first-draw.
 */
function visPageMain() {
  /** @param {string} name */
  const mark = (name) => performance.mark(name);
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));
  const DAY = 86_400_000;

  /**
   * A Parley date as a Date. Civil dates (YYYY, YYYY-MM, YYYY-MM-DD) are UTC midnight of their
   * first day; with `exclusiveEnd`, of the day after their last day, since vis ranges end at an
   * instant and Parley's `end` names the last day.
   * @param {string} text
   * @param {boolean} exclusiveEnd
   */
  function toDate(text, exclusiveEnd) {
    const civil = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!civil) return new Date(text); // a timed date: it always carries Z or an offset
    const year = Number(civil[1]);
    if (civil[3] !== undefined) {
      const day = Date.UTC(year, Number(civil[2]) - 1, Number(civil[3]));
      return new Date(exclusiveEnd ? day + DAY : day);
    }
    if (civil[2] !== undefined) {
      return new Date(Date.UTC(year, Number(civil[2]) - 1 + (exclusiveEnd ? 1 : 0), 1));
    }
    return new Date(Date.UTC(year + (exclusiveEnd ? 1 : 0), 0, 1));
  }

  /** @param {string} message */
  function fail(message) {
    status.textContent = message;
    document.body.dataset.error = message;
  }

  async function main() {
    const url = new URLSearchParams(location.search).get('data');
    if (!url) return fail('Give the chronology to draw as ?data=<url>.');
    const response = await fetch(url);
    if (!response.ok) return fail(`${url}: HTTP ${response.status}`);
    const text = await response.text();
    mark('bench-downloaded');
    /** @type {{ events: { id: string, title: string, start: string, end?: string, track?: string }[] }} */
    const chronology = JSON.parse(text);
    mark('bench-parsed');

    /** @type {Map<string, { id: string, content: string }>} */
    const groups = new Map();
    const items = chronology.events.map((event) => {
      const group = event.track ?? 'other';
      if (!groups.has(group)) groups.set(group, { id: group, content: group });
      /** @type {{ id: string, content: string, start: Date, end?: Date, group: string }} */
      const item = { id: event.id, content: event.title, start: toDate(event.start, false), group };
      if (event.end !== undefined) item.end = toDate(event.end, true);
      return item;
    });
    mark('bench-converted');

    let drawn = false;
    /** @param {string} how */
    const firstDraw = (how) => {
      if (drawn) return;
      drawn = true;
      mark('bench-first-draw');
      document.body.dataset.readyBy = how;
      document.body.dataset.ready = 'true';
      status.textContent = '';
    };
    const vis = /** @type {any} */ (window).vis;
    // The one option: fill the window, as Parley's chart keeps its box. With none, the chart is
    // as tall as its stacked items, shrinks as the wheel zooms in, and the pointer of the
    // benchmark's gestures ends up below it, where wheel and drag do nothing.
    const options = { height: '100%' };
    const timeline = new vis.Timeline(container, items, [...groups.values()], options);
    mark('bench-constructed');
    // vis-timeline first draws its default window (around today) hidden, then, in its own
    // handler of that first 'changed' event, fits the window to the items (a synchronous
    // 'rangechange') and shows itself; the data is on screen at the next 'changed'. When the fit
    // does not move the window, the first 'changed' is the one.
    let changes = 0;
    let fitMoved = false;
    timeline.on('rangechange', () => {
      if (changes === 0) fitMoved = true;
    });
    timeline.on('changed', () => {
      changes++;
      if (changes === 1 && fitMoved) return;
      firstDraw(changes === 1 ? 'changed' : 'changed after the initial fit');
    });
    // Fallback, should no 'changed' event have come by the second frame.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (changes === 0) firstDraw('animation-frame');
      }),
    );
    /** @type {any} */ (window).benchTimeline = timeline;
  }

  main().catch((error) => fail(String(error && error.stack ? error.stack : error)));
}

/** @returns {string} the page */
export function visPageHtml() {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>vis-timeline (benchmark)</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="vendor/vis-timeline-graph2d.min.css" />
    <style>
      html, body { margin: 0; height: 100%; font-family: sans-serif; }
      #timeline { width: 100%; height: 100%; }
      #status { position: fixed; bottom: 0; left: 0; margin: 0; background: #fff; }
    </style>
  </head>
  <body>
    <div id="timeline"></div>
    <p id="status">Loading…</p>
    <script src="vendor/vis-timeline-graph2d.min.js"></script>
    <script>
      (${visPageMain.toString()})();
    </script>
  </body>
</html>
`;
}

/**
 * Writes vis.html into `dir` and copies vis-timeline's standalone build into `dir`/vendor.
 * @param {string} dir e.g. dist/bench
 * @returns {string} vis-timeline's version
 */
export function writeVisPage(dir) {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('vis-timeline/package.json');
  const root = dirname(packageJson);
  const vendor = join(dir, 'vendor');
  mkdirSync(vendor, { recursive: true });
  copyFileSync(
    join(root, 'standalone/umd/vis-timeline-graph2d.min.js'),
    join(vendor, 'vis-timeline-graph2d.min.js'),
  );
  copyFileSync(
    join(root, 'styles/vis-timeline-graph2d.min.css'),
    join(vendor, 'vis-timeline-graph2d.min.css'),
  );
  writeFileSync(join(dir, 'vis.html'), visPageHtml());
  return /** @type {{ version: string }} */ (require(packageJson)).version;
}
