// The timelines-chart side of the benchmark: dist/bench/timelines.html plus timelines-chart's
// standalone UMD build (it bundles D3 and injects its own stylesheet) copied into
// dist/bench/vendor/.
//
// timelines.html?data=<url> fetches a Parley chronology (format v1) and draws it with
// timelines-chart (https://github.com/vasturiano/timelines-chart), an SVG swimlane chart built on
// D3: one group per track, one line per kind within it, each event a segment coloured by its
// status. Its options are the defaults except `zQualitative(true)`, which its string values
// need. Once the chart has drawn the data it calls performance.mark('bench-first-draw') and sets
// <body data-ready="true">, the contract vis.html follows too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Runs in the page (serialised with Function.prototype.toString, so it must not refer to
 * anything outside itself). Stage marks: bench-downloaded, bench-parsed, bench-converted,
 * bench-constructed, bench-first-draw.
 */
function timelinesPageMain() {
  /** @param {string} name */
  const mark = (name) => performance.mark(name);
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));
  const DAY = 86_400_000;

  /**
   * A Parley date as a Date, as vis.html reads it: civil dates are UTC midnight of their first
   * day, or with `exclusiveEnd` of the day after their last day.
   * @param {string} text
   * @param {boolean} exclusiveEnd
   */
  function toDate(text, exclusiveEnd) {
    const civil = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!civil) return new Date(text);
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
    /** @type {{ events: { id: string, start: string, end?: string, track?: string, kind: string, status: string }[] }} */
    const chronology = JSON.parse(text);
    mark('bench-parsed');

    // group (track) → line (kind) → segments. A segment needs an interval: an event without
    // an end lasts its start's day, month or year, as in vis.html.
    /** @type {Map<string, Map<string, { timeRange: [Date, Date], val: string }[]>>} */
    const groups = new Map();
    for (const event of chronology.events) {
      const group = event.track ?? 'other';
      let lines = groups.get(group);
      if (!lines) groups.set(group, (lines = new Map()));
      let segments = lines.get(event.kind);
      if (!segments) lines.set(event.kind, (segments = []));
      segments.push({
        timeRange: [toDate(event.start, false), toDate(event.end ?? event.start, true)],
        val: event.status,
      });
    }
    const data = [...groups].map(([group, lines]) => ({
      group,
      data: [...lines].map(([label, data]) => ({ label, data })),
    }));
    mark('bench-converted');

    // The chart draws in a debounced update after .data(); the first draw is the end of the
    // task that adds the segments, which a MutationObserver sees right after it (Parley marks
    // right after its canvas draw, the same point).
    const observer = new MutationObserver(() => {
      if (!container.querySelector('rect.series-segment')) return;
      observer.disconnect();
      mark('bench-first-draw');
      document.body.dataset.readyBy = 'segments added';
      document.body.dataset.ready = 'true';
      status.textContent = '';
    });
    observer.observe(container, { childList: true, subtree: true });
    const TimelinesChart = /** @type {any} */ (window).TimelinesChart;
    const chart = new TimelinesChart(container).zQualitative(true).data(data);
    mark('bench-constructed');
    /** @type {any} */ (window).benchTimeline = chart;
  }

  main().catch((error) => fail(String(error && error.stack ? error.stack : error)));
}

/** @returns {string} the page */
export function timelinesPageHtml() {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>timelines-chart (benchmark)</title>
    <link rel="icon" href="data:," />
    <style>
      html, body { margin: 0; height: 100%; font-family: sans-serif; }
      #status { position: fixed; bottom: 0; left: 0; margin: 0; background: #fff; }
    </style>
  </head>
  <body>
    <div id="timeline"></div>
    <p id="status">Loading…</p>
    <script src="vendor/timelines-chart.min.js"></script>
    <script>
      (${timelinesPageMain.toString()})();
    </script>
  </body>
</html>
`;
}

/**
 * Writes timelines.html into `dir` and copies timelines-chart's standalone build into `dir`/vendor.
 * @param {string} dir e.g. dist/bench
 * @returns {string} timelines-chart's version
 */
export function writeTimelinesPage(dir) {
  const require = createRequire(import.meta.url);
  // The package's exports map hides package.json; its main module sits in dist/.
  const root = dirname(dirname(require.resolve('timelines-chart')));
  const vendor = join(dir, 'vendor');
  mkdirSync(vendor, { recursive: true });
  copyFileSync(join(root, 'dist/timelines-chart.min.js'), join(vendor, 'timelines-chart.min.js'));
  writeFileSync(join(dir, 'timelines.html'), timelinesPageHtml());
  const packageJson = /** @type {{ version: string }} */ (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  );
  return packageJson.version;
}
