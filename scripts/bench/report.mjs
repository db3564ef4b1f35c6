// Turns benchmark results into the stdout table and docs/benchmarks.md.

/**
 * @typedef {import('./measure.mjs').GestureResult} GestureResult
 * @typedef {import('./measure.mjs').FilterTiming} FilterTiming
 * @typedef {import('./median.mjs').FilterOutcome} FilterOutcome
 * @typedef {import('./median.mjs').FilterLoad} FilterLoad
 * @typedef {{
 *   app: 'parley' | 'vis' | 'timelines', name: string, events: number, url: string,
 *   status: 'ok' | 'timed out' | 'failed', error?: string, readyTimeoutMs: number,
 *   firstDrawMs: number | null, firstDraws?: number[], firstDrawBy?: string | null,
 *   shownMs?: number | null, showns?: (number | null)[],
 *   marks: Record<string, number>,
 *   eventsShown?: number | null,
 *   heapAfterDrawMb: number | null, buffersAfterDrawMb?: number | null,
 *   heapAfterGesturesMb: number | null,
 *   wheel: GestureResult | null, pan: GestureResult | null,
 *   filter: FilterLoad['filter'], facet?: FilterLoad['facet'], views?: FilterLoad['views'],
 *   filterLoads?: FilterLoad[],
 *   viewMoved: { wheel: boolean | null, pan: boolean | null }, warnings: string[]
 * }} RunResult
 * @typedef {{
 *   cpuModel: string, cpus: number, totalMemoryGiB: number, os: string, node: string,
 *   chromium: string, visTimeline: string, timelinesChart?: string, date: string
 * }} Machine
 */

/** @param {number} value */
const ms = (value) => Math.round(value).toLocaleString('en');
/** @param {number} value */
const one = (value) =>
  value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A median over loads, with their range when there were several.
 * @param {number} median
 * @param {(number | null)[]} loads null where a load gave no figure
 */
function medianCell(median, loads) {
  const figures = loads.filter((value) => value !== null);
  if (figures.length < 2) return ms(median);
  return `${ms(median)} (${ms(Math.min(...figures))}–${ms(Math.max(...figures))})`;
}

/** @param {RunResult} run */
function firstDrawCell(run) {
  if (run.status === 'timed out') return `timed out (> ${run.readyTimeoutMs / 1000} s)`;
  if (run.status === 'failed' && run.firstDrawMs === null) return 'failed';
  if (run.firstDrawMs === null) return 'no mark';
  return medianCell(run.firstDrawMs, run.firstDraws ?? []);
}

/**
 * When the first frame after the first draw was painted (./shown.mjs): the median of the loads,
 * and their range.
 * @param {RunResult} run
 */
function shownCell(run) {
  if (run.status === 'timed out') return `timed out (> ${run.readyTimeoutMs / 1000} s)`;
  if (run.shownMs == null) return run.firstDrawMs === null ? '–' : 'no frame';
  return medianCell(run.shownMs, run.showns ?? []);
}

/**
 * "p50/p95/max", with how far a capped gesture got.
 * @param {GestureResult | null} gesture
 */
function gestureCell(gesture) {
  if (!gesture) return '–';
  const progress = `${gesture.completed}/${gesture.steps} steps in ${Math.round(gesture.wallMs / 1000)} s`;
  if (gesture.frozen) return `froze (${progress}; ${slowestStep(gesture)})`;
  const frames = gesture.frames;
  const text = frames ? `${one(frames.p50)}/${one(frames.p95)}/${one(frames.max)}` : 'no frames';
  return gesture.capped ? `${text} (capped: ${progress})` : text;
}

/**
 * The longest single step: how long the page kept one input event waiting.
 * @param {GestureResult} gesture
 */
function slowestStep(gesture) {
  const longest = Math.max(gesture.slowestStepMs, gesture.unfinishedStepMs ?? 0);
  return `one step took ${gesture.unfinishedStepMs === longest ? 'over ' : ''}${Math.round(longest / 1000)} s`;
}

/** @param {number | null} value */
const mbCell = (value) => (value === null ? '–' : one(value));

/** @param {FilterOutcome} outcome */
function filterOutcome(outcome) {
  if (outcome === null) return 'n/a';
  if (outcome === 'timed out') return 'timed out';
  return ms(outcome.ms);
}

/** @param {RunResult} run */
function filterCell(run) {
  if (run.app !== 'parley') return '–';
  if (run.filter === null) return '–';
  if (run.filter === 'n/a') return 'n/a';
  return `${filterOutcome(run.filter.apply)} / ${filterOutcome(run.filter.clear)}`;
}

/** @param {RunResult} run */
function facetCell(run) {
  if (run.app !== 'parley' || !run.facet) return '–';
  if (run.facet === 'n/a') return 'n/a';
  return `${filterOutcome(run.facet.apply)} / ${filterOutcome(run.facet.clear)}`;
}

/**
 * After a filter, how long until the page is idle again, past the chart's redraw.
 * @param {FilterOutcome} outcome
 */
function settledAfter(outcome) {
  if (outcome === null || outcome === 'timed out') return null;
  return Math.round((outcome.settledMs - outcome.ms) * 10) / 10;
}

/** The views under the chart that the bench opens, as benchmarks.json names them. */
const VIEW_LABELS = { map: 'map', numbers: 'numbers', people: 'Who met whom' };

/**
 * How long after the chart's redraw a view showed the new selection; null when it did not.
 * @param {FilterOutcome} outcome
 * @param {string} view
 */
function viewAfterChart(outcome, view) {
  if (outcome === null || outcome === 'timed out') return null;
  const at = outcome.views?.[view];
  return typeof at === 'number' ? Math.round((at - outcome.ms) * 10) / 10 : null;
}

/**
 * "tick / untick" for one view: ms after the chart's redraw.
 * @param {RunResult} run
 * @param {string} view
 */
function viewCell(run, view) {
  if (run.app !== 'parley' || !run.views) return '–';
  if (run.views === 'n/a') return 'n/a';
  const part = (/** @type {FilterOutcome} */ o) => {
    if (o === null || o === 'timed out') return filterOutcome(o);
    const after = viewAfterChart(o, view);
    return after === null ? 'did not follow' : ms(after);
  };
  return `${part(run.views.apply)} / ${part(run.views.clear)}`;
}

/** @param {RunResult} run */
function viewsChartCell(run) {
  if (run.app !== 'parley' || !run.views) return '–';
  if (run.views === 'n/a') return 'n/a';
  const part = (/** @type {FilterOutcome} */ o) =>
    o === null || o === 'timed out'
      ? filterOutcome(o)
      : `${ms(o.ms)} (idle +${ms(settledAfter(o) ?? 0)})`;
  return `${part(run.views.apply)} / ${part(run.views.clear)}`;
}

const HEADER = [
  'events',
  'app',
  'first draw ms',
  'shown ms',
  'wheel p50/p95/max ms',
  'pan p50/p95/max ms',
  'heap MB draw → gestures',
  'text filter ms apply / clear',
  'facet filter ms tick / untick',
];

/** @param {RunResult} run */
function row(run) {
  return [
    run.events.toLocaleString('en'),
    run.name,
    firstDrawCell(run),
    shownCell(run),
    gestureCell(run.wheel),
    gestureCell(run.pan),
    `${mbCell(run.heapAfterDrawMb)} → ${mbCell(run.heapAfterGesturesMb)}`,
    filterCell(run),
    facetCell(run),
  ];
}

/**
 * A plain-text table for the terminal.
 * @param {RunResult[]} runs
 */
export function textTable(runs) {
  const rows = [HEADER, ...runs.map(row)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  const out = [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows.slice(1)) out.push(line(r));
  for (const run of runs) {
    const where = `${run.name} at ${run.events.toLocaleString('en')}`;
    if (run.error) out.push(`${where}: ${run.error}`);
    for (const warning of run.warnings) out.push(`${where}: warning: ${warning}`);
  }
  return out.join('\n');
}

/**
 * Parley's figure as a multiple of the other app's: 0.5× is half of it. The issue's budgets are
 * written this way round ("retained heap ≤ 0.5× timelines-chart").
 * @param {number | null | undefined} parley
 * @param {number | null | undefined} other
 */
export function ratioValue(parley, other) {
  if (parley == null || other == null || other <= 0) return null;
  return parley / other;
}

/** @param {number | null} r */
function ratioCell(r) {
  if (r === null) return '–';
  if (r >= 10) return `${r.toFixed(0)}×`;
  if (r >= 1) return `${r.toFixed(1)}×`;
  return `${Number(r.toPrecision(2))}×`;
}

/**
 * The other app's figure for a ratio: a run that never drew is at least as slow as its timeout,
 * so Parley's first draw is at most (`< `) that share of it.
 * @param {string} label
 * @param {RunResult | undefined} other
 * @param {(run: RunResult) => number | null | undefined} value
 */
function otherValue(label, other, value) {
  if (/^(first draw|shown)/.test(label) && other?.status === 'timed out') {
    return { value: other.readyTimeoutMs, prefix: '< ' };
  }
  return { value: other ? value(other) : null, prefix: '' };
}

/**
 * One side-by-side row: a figure of each app, and Parley's as a multiple of each other's.
 * @param {string} label
 * @param {RunResult | undefined} parley
 * @param {(RunResult | undefined)[]} others
 * @param {(run: RunResult) => number | null | undefined} value
 * @param {(run: RunResult) => string} cell
 */
function sideBySideRow(label, parley, others, value, cell) {
  const parleyValue = parley ? value(parley) : null;
  const ratios = others.map((other) => {
    const { value: theirs, prefix } = otherValue(label, other, value);
    const r = ratioCell(ratioValue(parleyValue, theirs));
    return r === '–' ? r : prefix + r;
  });
  return [
    label,
    parley ? cell(parley) : '–',
    ...others.map((other) => (other ? cell(other) : '–')),
    ...ratios,
  ];
}

/**
 * @param {GestureResult | null} gesture
 * @param {'p95' | 'max'} key
 */
function frameValue(gesture, key) {
  if (!gesture || gesture.frozen || !gesture.frames) return null;
  return gesture.frames[key];
}

/**
 * What a figure that was not taken says: after a frozen gesture the rest of the run is skipped.
 * @param {RunResult} run
 */
function afterFreeze(run) {
  return run.wheel?.frozen || run.pan?.frozen ? 'not run: the page froze' : '–';
}

/**
 * @param {GestureResult | null} gesture
 * @param {'p95' | 'max'} key
 */
function frameCell(gesture, key) {
  if (!gesture) return '–';
  const progress = `${gesture.completed} of ${gesture.steps} steps in ${Math.round(gesture.wallMs / 1000)} s`;
  if (gesture.frozen) return `froze (${progress}; ${slowestStep(gesture)})`;
  const value = frameValue(gesture, key);
  if (value === null) return 'no frames';
  return gesture.capped ? `${one(value)} (capped: ${progress})` : one(value);
}

/**
 * @param {string[][]} rows
 */
function markdownTable(rows) {
  const [head, ...body] = rows;
  if (!head) return '';
  const escape = (/** @type {string} */ cell) => cell.replaceAll('|', '\\|');
  return [
    `| ${head.map(escape).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** @param {string[]} items "a", "a and b", "a, b and c" */
function listing(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** @param {FilterOutcome | undefined} outcome */
const filterMs = (outcome) => (outcome && outcome !== 'timed out' ? outcome.ms : null);

/**
 * What a page keeps after its first draw: the JS heap plus the typed arrays' buffers outside it
 * (an app holding events as columns keeps them there). Null without a heap figure.
 * @param {RunResult} run
 */
function retainedMb(run) {
  if (run.heapAfterDrawMb === null) return null;
  return run.heapAfterDrawMb + (run.buffersAfterDrawMb ?? 0);
}

/**
 * The issue's budgets for events held as columns, checked against one run: at the largest size,
 * Parley's retained heap and how soon its chart is shown against timelines-chart's, its frames
 * and its filter redraws; at 10,000 events, how soon it is shown against vis-timeline. The
 * first draw as written (before the browser's paint) is given beside them for reference.
 * @param {RunResult[]} runs
 * @returns {string[][]} rows: budget, figure, met
 */
export function budgetRows(runs) {
  /** @param {number} size @param {RunResult['app']} app */
  const find = (size, app) => runs.find((run) => run.events === size && run.app === app);
  /** @type {string[][]} */
  const rows = [['budget', 'this run', 'met']];
  /**
   * A budget's row; with no limit, a figure given beside a budget for reference.
   * @param {string} budget @param {number | null} figure @param {number | null} limit
   * @param {(n: number) => string} show
   */
  const check = (budget, figure, limit, show) =>
    rows.push([
      budget,
      figure === null ? '–' : show(figure),
      limit === null ? 'for reference' : figure === null ? '–' : figure <= limit ? 'yes' : 'no',
    ]);
  // Three decimals: a ratio of 0.305 against a budget of 0.3 must not read as 0.3.
  const asRatio = (/** @type {number} */ r) => `${r.toFixed(3)}×`;
  const asMs = (/** @type {number} */ value) => `${one(value)} ms`;
  const largest = Math.max(...runs.map((run) => run.events));
  const parley = find(largest, 'parley');
  const timelines = find(largest, 'timelines');
  if (parley && timelines) {
    const at = `at ${largest.toLocaleString('en')}`;
    check(
      `retained heap (JS heap and typed-array buffers after first draw) ≤ 0.5× timelines-chart ${at}`,
      ratioValue(retainedMb(parley), retainedMb(timelines)),
      0.5,
      asRatio,
    );
    const shown = otherValue('shown', timelines, (run) => run.shownMs).value;
    check(
      `ready (first frame painted after the first draw) ≤ 0.3× timelines-chart ${at}`,
      ratioValue(parley.shownMs, shown),
      0.3,
      asRatio,
    );
    const drawn = otherValue('first draw', timelines, (run) => run.firstDrawMs).value;
    check(
      `first draw written, before the browser lays it out and paints it, × timelines-chart ${at}`,
      ratioValue(parley.firstDrawMs, drawn),
      null,
      asRatio,
    );
  }
  if (parley) {
    const at = `at ${largest.toLocaleString('en')}`;
    const p95 = [frameValue(parley.wheel, 'p95'), frameValue(parley.pan, 'p95')];
    check(
      `wheel zoom and drag pan frame p95 ≤ 20 ms ${at}`,
      p95.includes(null) ? null : Math.max(.../** @type {number[]} */ (p95)),
      20,
      asMs,
    );
    const facet = parley.facet && parley.facet !== 'n/a' ? parley.facet : null;
    const facetMs = [filterMs(facet?.apply), filterMs(facet?.clear)];
    check(
      `facet filter redraw (tick, untick) ≤ 100 ms ${at}`,
      facetMs.includes(null) ? null : Math.max(.../** @type {number[]} */ (facetMs)),
      100,
      asMs,
    );
    const views = parley.views && parley.views !== 'n/a' ? parley.views : null;
    if (parley.views) {
      const after = Object.keys(VIEW_LABELS).flatMap((view) => [
        viewAfterChart(views?.apply ?? null, view),
        viewAfterChart(views?.clear ?? null, view),
      ]);
      check(
        `map, numbers and people each show a facet filter's selection ≤ 100 ms after the chart's redraw ${at}`,
        after.includes(null) ? null : Math.max(.../** @type {number[]} */ (after)),
        100,
        asMs,
      );
    }
    const text = parley.filter && parley.filter !== 'n/a' ? parley.filter : null;
    const textMs = [filterMs(text?.apply), filterMs(text?.clear)];
    check(
      `text filter redraw (apply, clear) ≤ 100 ms ${at}`,
      textMs.includes(null) ? null : Math.max(.../** @type {number[]} */ (textMs)),
      100,
      asMs,
    );
  }
  const parley10k = find(10_000, 'parley');
  const vis10k = find(10_000, 'vis');
  if (parley10k && vis10k) {
    const shown = otherValue('shown', vis10k, (run) => run.shownMs).value;
    check(
      'ready (first frame painted after the first draw) ≤ 0.2× vis-timeline at 10,000',
      ratioValue(parley10k.shownMs, shown),
      0.2,
      asRatio,
    );
    const drawn = otherValue('first draw', vis10k, (run) => run.firstDrawMs).value;
    check(
      'first draw written, before the browser lays it out and paints it, × vis-timeline at 10,000',
      ratioValue(parley10k.firstDrawMs, drawn),
      null,
      asRatio,
    );
  }
  return rows;
}

/**
 * docs/benchmarks.md: what is measured and how, the machine, and the results.
 * @param {{ machine: Machine, runs: RunResult[], command: string, capSeconds: number, draws: number }} report
 */
export function benchmarksMarkdown({ machine, runs, command, capSeconds, draws }) {
  const sizes = [...new Set(runs.map((run) => run.events))].sort((a, b) => a - b);
  const timelinesName = `timelines-chart ${machine.timelinesChart ?? ''}`.trim();
  /** @type {string[][]} */
  const pairs = [
    [
      'events',
      'measure',
      'Parley',
      `vis-timeline ${machine.visTimeline}`,
      timelinesName,
      'Parley ÷ vis',
      'Parley ÷ timelines-chart',
    ],
  ];
  for (const size of sizes) {
    const parley = runs.find((run) => run.events === size && run.app === 'parley');
    const vis = runs.find((run) => run.events === size && run.app === 'vis');
    const timelines = runs.find((run) => run.events === size && run.app === 'timelines');
    /** @type {[string, (run: RunResult) => number | null | undefined, (run: RunResult) => string][]} */
    const measures = [
      [
        'first draw written (ms; median of the loads, and their range)',
        (run) => run.firstDrawMs,
        firstDrawCell,
      ],
      ['shown: first frame painted after it (ms; median, range)', (run) => run.shownMs, shownCell],
      [
        'wheel zoom: frame p95 (ms)',
        (run) => frameValue(run.wheel, 'p95'),
        (run) => frameCell(run.wheel, 'p95'),
      ],
      [
        'wheel zoom: longest frame (ms)',
        (run) => frameValue(run.wheel, 'max'),
        (run) => frameCell(run.wheel, 'max'),
      ],
      [
        'drag pan: frame p95 (ms)',
        (run) => frameValue(run.pan, 'p95'),
        (run) => (run.pan ? frameCell(run.pan, 'p95') : afterFreeze(run)),
      ],
      [
        'drag pan: longest frame (ms)',
        (run) => frameValue(run.pan, 'max'),
        (run) => (run.pan ? frameCell(run.pan, 'max') : afterFreeze(run)),
      ],
      [
        'JS heap after first draw (MB)',
        (run) => run.heapAfterDrawMb,
        (run) => mbCell(run.heapAfterDrawMb),
      ],
      [
        'typed-array buffers after first draw (MB)',
        (run) => run.buffersAfterDrawMb,
        (run) => mbCell(run.buffersAfterDrawMb ?? null),
      ],
      [
        'JS heap after the gestures (MB)',
        (run) => run.heapAfterGesturesMb,
        (run) =>
          run.heapAfterGesturesMb === null ? afterFreeze(run) : mbCell(run.heapAfterGesturesMb),
      ],
    ];
    measures.forEach(([label, value, cell], i) => {
      const cells = sideBySideRow(label, parley, [vis, timelines], value, cell);
      pairs.push([i === 0 ? size.toLocaleString('en') : '', ...cells]);
    });
    if (parley) {
      const none = ['–', '–', '–', '–'];
      pairs.push(['', 'text filter: apply / clear (ms)', filterCell(parley), ...none]);
      pairs.push(['', 'facet filter: tick / untick (ms)', facetCell(parley), ...none]);
      if (parley.views) {
        pairs.push([
          '',
          'facet filter, map + numbers + people open: chart (page idle after it) (ms)',
          viewsChartCell(parley),
          ...none,
        ]);
        for (const [view, label] of Object.entries(VIEW_LABELS))
          pairs.push([
            '',
            `… ${label} after the chart's redraw (ms; budget 100)`,
            viewCell(parley, view),
            ...none,
          ]);
      }
    }
  }

  /** @type {string[][]} */
  const details = [
    [
      'events',
      'app',
      'gesture',
      'steps done',
      'frames',
      'p50',
      'p95',
      'p99',
      'max',
      'slowest step (ms)',
    ],
  ];
  for (const run of runs) {
    for (const [gestureName, gesture] of /** @type {const} */ ([
      ['wheel zoom', run.wheel],
      ['drag pan', run.pan],
    ])) {
      if (!gesture) continue;
      const f = gesture.frames;
      details.push([
        run.events.toLocaleString('en'),
        run.name,
        gestureName,
        `${gesture.completed}/${gesture.steps}${gesture.capped ? ' (capped)' : ''}${gesture.frozen ? ' (froze)' : ''}`,
        f ? String(f.count) : '–',
        f ? one(f.p50) : '–',
        f ? one(f.p95) : '–',
        f ? one(f.p99) : '–',
        f ? one(f.max) : '–',
        gesture.unfinishedStepMs === null
          ? ms(gesture.slowestStepMs)
          : `${ms(gesture.slowestStepMs)}; one unfinished after ${ms(gesture.unfinishedStepMs)}`,
      ]);
    }
  }

  const failures = runs.flatMap((run) =>
    [...(run.error ? [run.error] : []), ...run.warnings].map(
      (problem) => `- ${run.name}, ${run.events.toLocaleString('en')} events: ${problem}`,
    ),
  );

  return `# Benchmarks

\`npm run bench\` measures Parley's timeline side by side with
[vis-timeline](https://visjs.github.io/vis-timeline/) ${machine.visTimeline}, a widely used DOM-based
timeline, and [timelines-chart](https://github.com/vasturiano/timelines-chart)
${machine.timelinesChart ?? ''}, a D3 swimlane chart drawn in SVG, on the same synthetic chronologies of
${listing(sizes.map((size) => size.toLocaleString('en')))} events. The figures below are
**one run on a shared machine with 2 cores** (each first draw the median of ${draws} loads): absolute milliseconds move from run to run, so read
the ratios between the apps within the run rather than the absolute numbers. A ratio is Parley's
figure as a multiple of the other app's: 0.5× is half of it.

## What is measured, and how

- **Data.** \`scripts/bench/generate.mjs\` writes seeded, valid chronologies (format v1, the same
  file on every run): 8 years, 6 tracks, all 6 kinds, a quarter ranges of 1–5 days, 5% dated to
  the month only, mixed statuses, 2–4 participants from 300 people, 40 cities, 1–2 sources each
  from a registry of 2,000. Every app loads the same file from the same local server: the
  production build served as a static host or a CDN serves it (\`scripts/bench/static-server.mjs\`:
  each file gzipped once, the same bytes for every request; the two libraries' standalone
  builds are copied from \`node_modules\`, no CDN). Until 30 November 2026 the server was
  \`vite preview\`, which compresses each response as it sends it: for the 27 MB file of
  100,000 events that was about a second of one of the machine's two cores at every load,
  a cost of that server that every app paid, and CPU the apps had to share with it. Under it,
  on that day, Parley's first draw at 100,000 events was 1,667 ms against timelines-chart's
  3,871 ms (0.43×).
- **First draw.** Each run starts in a fresh browser context (empty IndexedDB) at 1280 × 800 in
  headless Chromium. Parley opens \`/?data=/bench/events-<n>.json\` and marks
  \`parley-first-draw\` when the timeline has drawn it (after download, validation and layout);
  vis-timeline opens \`/bench/vis.html?data=…\`, which fetches the same file, converts events to
  vis items (tracks to groups) and creates \`new vis.Timeline(container, items, groups, options)\`
  with its default options but \`height: '100%'\`, so that it fills the window (with none, its
  height follows its stacked items and shrinks as it zooms in, leaving the pointer below it),
  marking \`bench-first-draw\` at the \`changed\` event that follows its
  initial fit to the data (vis-timeline first draws its default window around today, hidden, then
  fits and draws the items; marking that first, hidden draw would halve its figure at 10,000
  events). timelines-chart opens \`/bench/timelines.html?data=…\`, which fetches the same file,
  groups events by track, one line per kind, each a segment coloured by status (an event without
  an end lasts its start's day, month or year, as in vis.html), and creates
  \`new TimelinesChart(container).zQualitative(true).data(…)\` with its other options at their
  defaults; it marks \`bench-first-draw\` when the chart's update has added the segments to the
  page. That is when each app's code has written the chart, not yet when the reader sees it:
  the browser then lays out and paints the frame. So every page also marks \`…-shown\` when the
  first frame after its first draw has been painted (\`scripts/bench/shown.mjs\`, the same for
  each app: a task queued from the next animation frame, which runs once that frame's style,
  layout and paint are done; the raster that follows on other threads is not counted, for any
  app). The budget for how soon a chart is ready is read on that mark, since 3 December 2026; until
  then it was read on the first-draw mark. A canvas is painted at once: Parley's frame comes
  tens of milliseconds after its draw. timelines-chart's 100,000 SVG rectangles, added in one go,
  were painted seconds later (that frame also starts a transition for each), and in that frame
  they are still at zero size and transparent, growing into place over the next 700 ms: for it
  the mark can only be early. The issue did not define "ready"; both figures are in the tables. Each
  is the mark's time since navigation start, the median of ${draws} fresh loads
  (each in a new context; the range is in brackets, every load's figure in
  \`benchmarks.json\`'s \`firstDraws\` and \`showns\`); a first draw over 60 s is timed once. The
  gestures and memory below are measured in the first of these loads; Parley's filters in every
  one of them. The other loads
  of one size alternate between the apps (one of each, then one of each the other way round), so
  a machine that slows down for a while slows them all and the ratios hold.
- **A settled window.** Every fresh context opens a new browser window, and Chromium then loads
  that window's own interface (a "top-chrome" WebUI page, the address bar's popup) in a renderer
  of its own: on a two-core machine about 1.3 s of processor time, which until 1 December 2026
  fell in the first second of the page the bench had just opened. Each load now waits, before it
  navigates, until the processors have been mostly idle (under 25% busy) for 0.6 s
  (\`scripts/bench/quiet.mjs\`; at most 15 s, with a warning), the same for every app: a reader
  following a link has had the window open for a while. On 1 December 2026, on a two-core AMD EPYC
  machine, loads at 100,000 events timed in one browser, with and without the wait in turn,
  three of each, drew Parley at 2,248–2,505 ms without the wait and 1,401–1,825 ms with it,
  and timelines-chart at 5,483–5,985 ms without and 4,790–6,267 ms with it.
- **Frames while zooming and panning.** A \`requestAnimationFrame\` loop records frame times while
  the mouse, at the centre of the chart, turns the wheel 40 steps in and 40 steps out (about
  16 ms apart), and then, after five wheel steps in that are not timed (timelines-chart has no
  wheel zoom, so it drags from where it is), while it drags 60 × 8 px to the left (until 3 December 2026 the drag started from the view fitted to the data, which
  Parley does not pan past: its pan figures were those of a view that did not move). The tables give the intervals
  between frames: 16.7 ms is a smooth 60 frames per second; a long interval is a visible stall.
  Each gesture is capped at ${capSeconds} s of wall time; a capped gesture says how many steps it
  completed, and one whose page stopped answering is reported as frozen. timelines-chart has no
  wheel zoom (its wheel figures are the idle page's); its drag draws a zoom rectangle and zooms
  to it when the button is released.
- **Memory.** Used JS heap (Chrome DevTools Protocol \`Performance.getMetrics\`, after a forced
  garbage collection) after the first draw and after the gestures (Parley's filters, timed
  between the two since 3 December 2026, included); MB are 2^20 bytes. After the
  first draw, also the backing stores of typed arrays (\`Runtime.getHeapUsage\`'s
  \`backingStorageSize\`), which live outside the JS heap: data held in typed arrays would
  otherwise not count. The heap budget below counts both. "After the first draw" is read once the
  page is idle; for Parley, also once it has stored the file and let go of the events' whole
  records (\`data-bodies="stored"\`), which the list and the detail then read back from
  IndexedDB: what it retains. timelines-chart keeps in its page only the segments in view, so
  its heap after a zoom is far below its heap after the first draw.
- **Filters (Parley).** Time from a filter change until the chart's event count has changed and
  one more frame has run. *Text*: typing a word found in about 1 title in 16 into the search box,
  then clearing it; the box answers in the next frame (keys typed faster than the chart redraws
  are folded into one answer), so the figure is the whole redraw. *Facet*: ticking the first
  "kind" checkbox, then unticking it. The list beside the chart is rebuilt after the chart has
  painted: the figure is what the reader waits for the chart; *settled* (in benchmarks.json) is
  the time until the page is idle again, the list included. *With the views open*
  (\`show=map&show=numbers&show=people\`): the same facet tick and untick, and for each of the
  map, the numbers and "Who met whom" the time from the chart's redraw until that view shows the
  new selection (its root's \`data-events\` has changed) and one more frame has run. Each
  filter figure is the median over the fresh loads that timed it (normally all ${draws}; a first
  draw over 60 s is not repeated, and a load whose filters failed says so in the warnings) (before 3 December 2026, one try in
  the first load: the same clear took 24 to 154 ms from load to load), timed once the page is idle
  after its first draw and has stored the file; with the views open, in a second page load of
  each. A try that timed out counts as the slowest. Every load's figures are in
  \`benchmarks.json\`'s \`filterLoads\`.

The three do not do the same work. Parley validates the file before drawing it and stores it in
IndexedDB right after; the other two do neither. vis-timeline draws each item in view as DOM
elements and, with its default options, stacks overlapping items in each group; timelines-chart
draws every segment in view as an SVG rectangle and does not stack (overlapping segments of a
line cover each other). Each figure is what a reader of that file would wait for. The raw figures, including every frame interval and the loading
stages each page marked (\`parley-downloaded\`, \`parley-validated\`, …), are in
[benchmarks.json](benchmarks.json).

## Running it

\`\`\`sh
npm run bench                                      # builds, then 1,000, 10,000 and 100,000 events
node scripts/bench/run.mjs --sizes 1000,10000      # a subset of the sizes
node scripts/bench/run.mjs --skip-build            # reuse dist/ from an earlier build
node scripts/bench/run.mjs --draws 1                # time each first draw once (faster, noisier)
node scripts/bench/columns-heap.mjs                # what the column store keeps at 100,000 events
\`\`\`

[benchmarks-heap.md](benchmarks-heap.md) says where Parley's heap goes at 100,000 events and what
holding events as columns keeps instead.

It writes this page and \`docs/benchmarks.json\`, and prints the same figures. It exits non-zero
only when Parley itself fails (no draw, a refused file, a gesture not done within its cap); another app timing out
is recorded, not an error. \`--apps parley,timelines\` runs only some of the apps. \`--parley-url <path>\` points the Parley side at another page that
honours the same contract (a self-test of the harness; its output then goes to
\`dist/bench/self-test/\`).

## Machine

${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB memory, ${machine.os},
Node ${machine.node}, Chromium ${machine.chromium} (headless), ${machine.date}. Command:
\`${command}\`.

## Results

${markdownTable(pairs)}

### Budgets

The budgets of events held as columns (issue 9), checked against this run:

${markdownTable(budgetRows(runs))}

### Frame intervals in detail (ms)

${markdownTable(details)}
${failures.length ? `\n### Problems\n\n${failures.join('\n')}\n` : ''}`;
}
