#!/usr/bin/env node
// The conflict-data benchmark (issue 14): a million-row ACLED-layout export, imported, reopened
// and drawn beside the talks, in headless Chromium. `npm run bench` runs it last.
//
//   node scripts/bench/conflict.mjs [--skip-build] [--rows 1000000] [--out docs]
//
// 1. Import: the generated CSV (generate-acled.mjs; about 500 MB at a million rows) is picked in
//    the Import dialog and streamed into IndexedDB by the worker. Measured: time from picking
//    to "Imported", rows/s, time to the first events shown; peak JS heap, sampled every 250 ms
//    from the page and from the import worker (Runtime.getHeapUsage, each by its own DevTools
//    session); the page's long tasks (PerformanceObserver "longtask"): the longest, and how
//    many were over 200 ms.
// 2. Reopen: a fresh page `/?beside=<id>` on the curated talks. Ready: navigation start to the
//    band's data-ready="true" with data-events equal to every row; frames during wheel zoom and
//    drag pan over the chart with the band (p95); retained heap after GC.
// 3. The same layer beside 100,000 synthetic talks events (`?data=…&beside=…`): frames, heap.
//
// Writes docs/benchmarks-conflict.md and .json. Budgets: peak heap ≤ 600 MB and no long task
// over 200 ms while importing; reopen ready ≤ 5 s, frame p95 ≤ 20 ms, retained heap ≤ 400 MB;
// with 100,000 talks events, frame p95 ≤ 20 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import * as prettier from 'prettier';
import { writeAcledCsv } from './generate-acled.mjs';
import { DEFAULT_SEED, writeChronology } from './generate.mjs';
import {
  dragPan,
  memoryMb,
  sleep,
  viewSignature,
  visibleCentre,
  wheelZoom,
  zoomInBeforePan,
} from './measure.mjs';
import { serveStatic } from './static-server.mjs';
import { settleBeforeOpening } from './quiet.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.PARLEY_BENCH_CONFLICT_PORT ?? 4193);
const BASE = `http://127.0.0.1:${PORT}`;
const VIEWPORT = { width: 1280, height: 800 };
const TALKS = 100_000;
const BUDGET = {
  importHeapMb: 600,
  longTaskMs: 200,
  reopenReadyMs: 5000,
  frameP95Ms: 20,
  retainedHeapMb: 400,
};

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    rows: { type: 'string', default: '1000000' },
    out: { type: 'string', default: 'docs' },
    cap: { type: 'string', default: '60' },
  },
});
const rows = Number(args.rows.replaceAll('_', ''));
const capMs = Number(args.cap) * 1000;
const outDir = resolve(root, args.out);
const dist = join(root, 'dist');
/** @param {string} message */
const log = (message) => console.log(`[bench:conflict] ${message}`);

/**
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Browser} Browser
 */

/**
 * Starts sampling the peak JS heap of the page and of its workers, every 250 ms; the function
 * it resolves to stops sampling and gives the peaks in MB.
 * @param {Browser} browser
 * @param {Page} page
 */
async function sampleHeap(browser, page) {
  const pageSession = await page.context().newCDPSession(page);
  // Workers are reached through the browser's session: attached (not flattened), each gets its
  // own session id, and its answers come back as messages from that target.
  const browserSession = await browser.newBrowserCDPSession();
  /** @type {Map<string, string>} worker target id → session id */
  const workerSessions = new Map();
  /** @type {Map<number, (value: any) => void>} */
  const pending = new Map();
  let nextId = 1;
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    const reply = pending.get(message.id);
    if (reply) {
      pending.delete(message.id);
      reply(message.result);
    }
  });
  const workerHeaps = async () => {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    let total = 0;
    for (const info of targetInfos) {
      if (info.type !== 'worker') continue;
      let sessionId = workerSessions.get(info.targetId);
      if (!sessionId) {
        ({ sessionId } = await browserSession.send('Target.attachToTarget', {
          targetId: info.targetId,
          flatten: false,
        }));
        workerSessions.set(info.targetId, sessionId);
      }
      const id = nextId++;
      const answered = new Promise((resolveReply) => pending.set(id, resolveReply));
      await browserSession
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => pending.delete(id));
      const result = await Promise.race([
        answered,
        new Promise((r) => setTimeout(() => r(null), 1000)),
      ]);
      if (result) total += result.usedSize;
    }
    return total;
  };
  const peak = { page: 0, worker: 0, sum: 0, samples: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { usedSize } = await pageSession.send('Runtime.getHeapUsage');
        const workers = await workerHeaps();
        peak.samples++;
        peak.page = Math.max(peak.page, usedSize);
        peak.worker = Math.max(peak.worker, workers);
        peak.sum = Math.max(peak.sum, usedSize + workers);
      } catch {
        // A worker ending between listing and asking: the next sample goes on.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await pageSession.detach().catch(() => {});
    // Detaching the browser's session with a worker still attached to it closed the browser
    // when the import worker had just ended (a 20,000-row run): each is let go of first.
    for (const sessionId of workerSessions.values())
      await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    await browserSession.detach().catch(() => {});
    const mb = (/** @type {number} */ bytes) => Math.round(bytes / 2 ** 20);
    return {
      samples: peak.samples,
      pageMb: mb(peak.page),
      workerMb: mb(peak.worker),
      sumMb: mb(peak.sum),
    };
  };
}

/** Long tasks on the page from its start: recorded by an init script. */
const LONG_TASKS = () => {
  /** @type {number[]} */
  const tasks = [];
  /** @type {any} */ (window).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * The page's long tasks from the `from`-th on (those of its own load come before).
 * @param {Page} page
 * @param {number} [from]
 */
async function longTasks(page, from = 0) {
  const all = /** @type {number[]} */ (
    await page.evaluate(() => /** @type {any} */ (window).__longTasks ?? [])
  );
  const tasks = all.slice(from);
  return {
    seen: all.length,
    count: tasks.length,
    over200: tasks.filter((ms) => ms > BUDGET.longTaskMs).length,
    longestMs: Math.round(Math.max(0, ...tasks)),
  };
}

/** Navigation start to the band drawn with `count` events: ms, read in the page. */
async function readyMs(/** @type {Page} */ page, /** @type {number} */ count) {
  const handle = await page.waitForFunction(
    (n) => {
      const band = document.querySelector('[data-testid="beside"]');
      const ready =
        band?.getAttribute('data-ready') === 'true' &&
        band.getAttribute('data-events') === String(n);
      return ready ? performance.now() : false;
    },
    count,
    { timeout: 120_000, polling: 'raf' },
  );
  return Math.round(/** @type {number} */ (await handle.jsonValue()));
}

/** Frames while zooming and panning over the chart, with the band under it. */
async function gestures(/** @type {Page} */ page) {
  const at = await visibleCentre(page, '[data-testid="timeline"]');
  const zoom = await wheelZoom(page, at, capMs);
  // The chart opens fitted to its data and does not pan past it: zoom in first (measure.mjs).
  await zoomInBeforePan(page, at);
  const before = await viewSignature(page, 'parley');
  const pan = await dragPan(page, at, capMs);
  await sleep(600); // the range reaches the URL 250 ms after the view settles
  const after = await viewSignature(page, 'parley');
  const panMoved = before !== null && after !== null && after !== before;
  if (!panMoved) log('warning: the drag pan did not move the view');
  return { zoom: zoom.frames, pan: pan.frames, panMoved };
}

async function main() {
  if (!args['skip-build']) {
    log('building');
    const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const csv = join(os.tmpdir(), 'parley-bench', `acled-${rows}-${DEFAULT_SEED}.csv`);
  if (!existsSync(csv)) {
    log(`generating ${rows.toLocaleString('en')} rows`);
    await writeAcledCsv(rows, csv);
  }
  const csvMb = Math.round(statSync(csv).size / 2 ** 20);
  log(`${csv}: ${csvMb} MB`);
  const talksFile = join(dist, 'bench', `events-${TALKS}.json`);
  if (!existsSync(talksFile)) writeChronology(TALKS, talksFile);

  const server = await serveStatic(dist, PORT);
  const browser = await launchChromium({ memory: true });
  const result = /** @type {Record<string, any>} */ ({ rows, csvMb });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(LONG_TASKS);

    // 1. Import.
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await page.locator('[data-testid="timeline"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('open-import').click();
    const stopSampling = await sampleHeap(browser, page);
    const before = await longTasks(page);
    const started = Date.now();
    await page.getByTestId('import-file').setInputFiles(csv);
    const first = page
      .getByTestId('import-streaming')
      .waitFor({ timeout: 600_000 })
      .then(() => Date.now() - started);
    await page.getByTestId('import-streamed').waitFor({ timeout: 3_600_000 });
    const importMs = Date.now() - started;
    const heap = await stopSampling();
    const { seen: _seen, ...tasks } = await longTasks(page, before.seen);
    const summary = await page.getByTestId('import-summary').textContent();
    result.import = {
      ms: importMs,
      rowsPerSecond: Math.round(rows / (importMs / 1000)),
      firstEventsMs: await first.catch(() => null),
      heap,
      longTasks: tasks,
      summary: summary?.replace(/\s+/g, ' ').trim(),
    };
    log(`import: ${JSON.stringify(result.import)}`);
    const id = await page.evaluate(
      () =>
        new Promise((resolveIds) => {
          const request = indexedDB.open('parley');
          request.onsuccess = () => {
            const keys = request.result
              .transaction('datasets')
              .objectStore('datasets')
              .getAllKeys();
            keys.onsuccess = () => {
              request.result.close();
              resolveIds(keys.result.map(String).find((key) => key.startsWith('file:')));
            };
          };
        }),
    );
    await page.close();
    if (typeof id !== 'string') throw new Error('the imported dataset is not stored');

    // 2. Reopen it beside the curated talks.
    const reopened = await context.newPage();
    // What the import left running (the worker ending, IndexedDB writing) is not the reopen's.
    await settleBeforeOpening((warning) => log(`warning: ${warning}`));
    await reopened.goto(`${BASE}/?beside=${encodeURIComponent(id)}`);
    const ready = await readyMs(reopened, rows);
    const frames = await gestures(reopened);
    result.reopen = { readyMs: ready, frames, memory: await memoryMb(reopened) };
    log(`reopen: ${JSON.stringify(result.reopen)}`);
    await reopened.close();

    // 3. Beside 100,000 talks events.
    const both = await context.newPage();
    await settleBeforeOpening((warning) => log(`warning: ${warning}`));
    await both.goto(
      `${BASE}/?data=${encodeURIComponent(`/bench/events-${TALKS}.json`)}&beside=${encodeURIComponent(id)}`,
    );
    await both
      .locator(`[data-testid="timeline"][data-ready="true"][data-events="${TALKS}"]`)
      .waitFor({ timeout: 180_000 });
    const bothReady = await readyMs(both, rows);
    result.withTalks = {
      readyMs: bothReady,
      frames: await gestures(both),
      memory: await memoryMb(both),
    };
    log(`with ${TALKS.toLocaleString('en')} talks events: ${JSON.stringify(result.withTalks)}`);
    await context.close();
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const cpus = os.cpus();
  result.machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    chromium: browser.version(),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
  mkdirSync(outDir, { recursive: true });
  const json = await prettier.format(JSON.stringify(result), { parser: 'json' });
  writeFileSync(join(outDir, 'benchmarks-conflict.json'), json);
  const md = await prettier.format(markdown(result), { parser: 'markdown' });
  writeFileSync(join(outDir, 'benchmarks-conflict.md'), md);
  log(`wrote ${relative(root, join(outDir, 'benchmarks-conflict.md'))}`);
}

/** @param {Record<string, any>} r */
function markdown(r) {
  const yes = (/** @type {boolean} */ ok) => (ok ? 'yes' : '**no**');
  const p95 = (/** @type {any} */ f) => Math.max(f.zoom?.p95 ?? Infinity, f.pan?.p95 ?? Infinity);
  // A pan that did not move the view timed nothing: its row is not met.
  const framesMet = (/** @type {any} */ f) => f.panMoved !== false && p95(f) <= BUDGET.frameP95Ms;
  const panText = (/** @type {any} */ f) =>
    `pan ${f.pan?.p95} ms${f.panMoved === false ? ' (the pan did not move the view)' : ''}`;
  const rowsText = r.rows.toLocaleString('en');
  const lines = [
    '# Conflict data at a million rows',
    '',
    `Written by \`node scripts/bench/conflict.mjs\` (run by \`npm run bench\`) on ${r.machine.date}: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, headless Chromium ${r.machine.chromium}. The file is an invented ACLED-layout export (scripts/bench/generate-acled.mjs, seeded): ${rowsText} rows, ${r.csvMb} MB.`,
    '',
    '| budget | measured | met |',
    '| --- | --- | --- |',
    `| import: peak JS heap ≤ ${BUDGET.importHeapMb} MB (page + import worker) | ${r.import.heap.sumMb} MB (page ${r.import.heap.pageMb}, worker ${r.import.heap.workerMb}; ${r.import.heap.samples} samples) | ${yes(r.import.heap.sumMb <= BUDGET.importHeapMb)} |`,
    `| import: no long task over ${BUDGET.longTaskMs} ms on the page | ${r.import.longTasks.count} long tasks (over 50 ms), the longest ${r.import.longTasks.longestMs} ms; ${r.import.longTasks.over200} over ${BUDGET.longTaskMs} ms | ${yes(r.import.longTasks.over200 === 0)} |`,
    `| reopen beside the talks: ready ≤ ${BUDGET.reopenReadyMs / 1000} s, every event counted | ${(r.reopen.readyMs / 1000).toFixed(1)} s, ${rowsText} counted | ${yes(r.reopen.readyMs <= BUDGET.reopenReadyMs)} |`,
    `| reopen: zoom/pan frame p95 ≤ ${BUDGET.frameP95Ms} ms with the band | zoom ${r.reopen.frames.zoom?.p95} ms, ${panText(r.reopen.frames)} | ${yes(framesMet(r.reopen.frames))} |`,
    `| reopen: retained heap ≤ ${BUDGET.retainedHeapMb} MB | ${r.reopen.memory?.heap} MB JS heap + ${r.reopen.memory?.buffers} MB typed arrays | ${yes((r.reopen.memory?.heap ?? Infinity) + (r.reopen.memory?.buffers ?? 0) <= BUDGET.retainedHeapMb)} |`,
    `| ${TALKS.toLocaleString('en')} talks events with the ${rowsText}-row layer: frame p95 ≤ ${BUDGET.frameP95Ms} ms | zoom ${r.withTalks.frames.zoom?.p95} ms, ${panText(r.withTalks.frames)} | ${yes(framesMet(r.withTalks.frames))} |`,
    '',
    `Import: ${(r.import.ms / 1000).toFixed(1)} s, ${r.import.rowsPerSecond.toLocaleString('en')} rows/s; the first events were shown after ${r.import.firstEventsMs === null ? '—' : `${(r.import.firstEventsMs / 1000).toFixed(1)} s`}. The dialog said: “${r.import.summary}”`,
    '',
    `With ${TALKS.toLocaleString('en')} talks events: the band ready ${(r.withTalks.readyMs / 1000).toFixed(1)} s from navigation; ${r.withTalks.memory?.heap} MB JS heap + ${r.withTalks.memory?.buffers} MB typed arrays after GC.`,
    '',
    'Frames are the intervals between animation frames during 80 wheel steps (40 in, 40 out) and, after five steps in, a 60-step drag, as in benchmarks.md. Heap while importing is sampled every 250 ms, so a peak between samples can be missed; retained heap is read after a forced garbage collection (`memoryMb` in measure.mjs).',
  ];
  return lines.join('\n');
}

await main().catch((error) => {
  console.error(`[bench:conflict] ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
