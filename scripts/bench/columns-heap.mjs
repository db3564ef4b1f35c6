#!/usr/bin/env node
// What holding events as columns saves: builds today's in-memory structures for a benchmark
// chronology (parsed file, prepared views, the filter index with every facet as the filter
// panel builds it, lanes, the search text) and the column store with its filters and lanes,
// and reports the memory each stage keeps after a forced garbage collection.
//
//   node scripts/bench/columns-heap.mjs [--size 100000]
//
// It bundles the app's own modules (src/lib/…) with Vite into dist/bench/columns-heap/, then
// runs the stages of columns-heap-stages.mjs twice: in headless Chromium, a fresh page per path
// (the figures to compare with the browser benchmark's), and in Node, a fresh `node --expose-gc`
// process per path (Node has no pointer compression, so its objects cost more). "heap" is V8's
// used heap; "buffers" is the typed arrays' backing stores, which live outside that heap
// (Chrome's JSHeapUsedSize, the browser benchmark's figure, does not count them), so both are
// given. MB are 2^20 bytes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stages } from './columns-heap-stages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'dist/bench/columns-heap');
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    measure: { type: 'string' },
  },
});
const size = Number(args.size);
const dataFile = join(root, `dist/bench/events-${size}.json`);

/** @param {number} bytes */
const mb = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Forces full collections until the heap stops shrinking, then reads it. */
function settled() {
  const gc = /** @type {() => void} */ (globalThis.gc);
  let last = Infinity;
  for (let i = 0; i < 6; i++) {
    gc();
    const used = process.memoryUsage().heapUsed;
    if (used >= last) break;
    last = used;
  }
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
}

const MODULES = ['prepare', 'filters', 'lanes', 'event-columns', 'filter-columns'];

/**
 * @typedef {{ path: string, stage: string, heapMb: number, buffersMb: number, ms: number }} Row
 * @param {string} path
 * @param {string} stage
 * @param {{ heap: number, buffers: number }} base
 * @param {{ heap: number, buffers: number }} now
 * @param {number} ms
 * @returns {Row}
 */
const row = (path, stage, base, now, ms) => ({
  path,
  stage,
  heapMb: mb(now.heap - base.heap),
  buffersMb: mb(now.buffers - base.buffers),
  ms: Math.round(ms),
});

/**
 * Runs in the `node --expose-gc` child: one path's stages, printing a JSON row after each.
 * @param {'objects' | 'columns'} path
 */
async function measureInNode(path) {
  const lib = {};
  for (const name of MODULES) {
    Object.assign(lib, await import(pathToFileURL(join(outDir, `${name}.mjs`)).href));
  }
  const load = async () => JSON.parse(readFileSync(dataFile, 'utf8'));
  /** @type {Record<string, any>} */
  const state = {};
  const base = settled();
  for (const stage of stages(path, lib, load)) {
    const t0 = performance.now();
    await stage.run(state);
    const ms = performance.now() - t0;
    console.log(JSON.stringify(row(path, stage.name, base, settled(), ms)));
  }
}

/**
 * Both paths in Chromium, each in a fresh page that imports the same bundles and stages (served
 * from disk by request interception: no server). Memory is Chrome's: JSHeapUsedSize, as the
 * browser benchmark reads it, and Runtime.getHeapUsage's backingStorageSize for the buffers.
 * @returns {Promise<Row[]>}
 */
async function measureInChromium() {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  /** @type {Row[]} */
  const rows = [];
  try {
    for (const path of /** @type {const} */ (['objects', 'columns'])) {
      const page = await browser.newPage();
      await page.route('http://bench.local/**', (route) => {
        const name = new URL(route.request().url()).pathname.slice(1);
        if (name === 'page.html') {
          return route.fulfill({ contentType: 'text/html', body: pageHtml() });
        }
        const file =
          name === 'events.json'
            ? dataFile
            : name === 'stages.mjs'
              ? join(root, 'scripts/bench/columns-heap-stages.mjs')
              : join(outDir, name);
        const type = name.endsWith('.json') ? 'application/json' : 'text/javascript';
        return route.fulfill({ contentType: type, body: readFileSync(file) });
      });
      await page.goto('http://bench.local/page.html');
      await page.waitForFunction(() => 'benchStage' in window);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const read = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const usage = /** @type {{ backingStorageSize?: number }} */ (
          await cdp.send('Runtime.getHeapUsage')
        );
        const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
        return { heap, buffers: usage.backingStorageSize ?? NaN };
      };
      const base = await read();
      for (let i = 0; ; i++) {
        const done = /** @type {{ name: string, ms: number } | null} */ (
          await page.evaluate(
            ([path, i]) => /** @type {any} */ (window).benchStage(path, i),
            /** @type {const} */ ([path, i]),
          )
        );
        if (!done) break;
        rows.push(row(path, done.name, base, await read(), done.ms));
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** The page: imports the bundles and the stages, and runs stage i of a path on request. */
function pageHtml() {
  const imports = MODULES.map((name, i) => `import * as m${i} from './${name}.mjs';`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>columns heap</title>
<script type="module">
${imports}
import { stages } from './stages.mjs';
const lib = Object.assign({}, ${MODULES.map((_, i) => `m${i}`).join(', ')});
const load = async () => (await fetch('./events.json')).json();
const state = {};
let list;
window.benchStage = async (path, i) => {
  list ??= stages(path, lib, load);
  const stage = list[i];
  if (!stage) return null;
  const t0 = performance.now();
  await stage.run(state);
  return { name: stage.name, ms: performance.now() - t0 };
};
</script>`;
}

async function bundle() {
  const { build } = await import('vite');
  /** @param {string} path */
  const src = (path) => join(root, 'src/lib', path);
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: {
          prepare: src('model/prepare.ts'),
          filters: src('filters/filters.ts'),
          lanes: src('timeline/lanes.ts'),
          'event-columns': src('columns/event-columns.ts'),
          'filter-columns': src('columns/filter-columns.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
}

/** @param {Row[]} rows @param {string} where */
function printTable(rows, where) {
  console.log(
    `\n${size.toLocaleString('en')} events in ${where}, memory kept after each stage (MB):\n`,
  );
  console.log(`${'path'.padEnd(8)}  ${'stage'.padEnd(52)}  heap  buffers  total  ms`);
  for (const r of rows) {
    const total = Math.round((r.heapMb + r.buffersMb) * 10) / 10;
    console.log(
      `${r.path.padEnd(8)}  ${r.stage.padEnd(52)}  ${String(r.heapMb).padStart(4)}  ${String(r.buffersMb).padStart(7)}  ${String(total).padStart(5)}  ${String(r.ms).padStart(5)}`,
    );
  }
}

if (args.measure) {
  await measureInNode(/** @type {'objects' | 'columns'} */ (args.measure));
} else {
  if (!existsSync(dataFile)) {
    console.error(`${dataFile} is missing: run the benchmark (node scripts/bench/run.mjs) first.`);
    process.exit(2);
  }
  await bundle();
  printTable(await measureInChromium(), 'Chromium');
  /** @type {Row[]} */
  const rows = [];
  for (const path of ['objects', 'columns']) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--size', String(size), '--measure', path],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (child.status !== 0) {
      console.error(child.stderr);
      process.exit(1);
    }
    for (const line of child.stdout.trim().split('\n')) rows.push(JSON.parse(line));
  }
  printTable(rows, 'Node (no pointer compression: objects cost more than in Chrome)');
}
