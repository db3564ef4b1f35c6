#!/usr/bin/env node
// The embed's budget, measured: `npm run bench` runs this after the timeline benchmark.
//
//   node scripts/bench/embed.mjs [--skip-build] [--runs 5] [--out docs]
//
// - initial JS + CSS of embed.html, gzipped (the entry script, everything it imports
//   statically and its stylesheets, each gzipped at level 9 as a server would send them;
//   scripts/bench/size.mjs counts them the same way for both pages): budget 70 KB;
// - time from navigation start to the chart drawn (`data-ready="true"`) on the curated
//   chronology, in headless Chromium, median of --runs fresh contexts: budget 1 s;
// - requests to any host other than the local server: budget 0;
// - layout shift (the sum of `layout-shift` entries without recent input) after the chart is
//   drawn, and in all: budget 0 after load;
// - the snippet the app's Embed dialog writes, in bytes: budget 2 KB.
// Writes docs/benchmarks-embed.md and docs/benchmarks-embed.json.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import * as prettier from 'prettier';
import { BUDGETS, pageWeight } from './size.mjs';
import { settleBeforeOpening } from './quiet.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 4192;
const BASE = `http://127.0.0.1:${PORT}`;
const BUDGET = {
  gzipKb: BUDGETS.embed,
  readyMs: 1000,
  thirdParty: 0,
  shiftAfterLoad: 0,
  snippetBytes: 2048,
};

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    out: { type: 'string', default: 'docs' },
  },
});
const runs = Math.max(1, Number(args.runs) || 5);
const outDir = resolve(root, args.out);
/** @param {string} message */
const log = (message) => console.log(`[bench:embed] ${message}`);

/** @param {string} dist */
const bundleSize = (dist) => pageWeight(dist, 'embed.html');

/**
 * @typedef {{ at: number, value: number }} Shift
 * @typedef {{ readyMs: number, elsewhere: string[], shiftTotal: number, shiftAfterLoad: number, cookies: number }} Visit
 */

/**
 * One fresh visit to the embed: ready time, requests elsewhere, layout shift.
 * @param {import('@playwright/test').Browser} browser
 * @returns {Promise<Visit>}
 */
async function visit(browser) {
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const elsewhere = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== `127.0.0.1:${PORT}`) {
      elsewhere.push(request.url());
    }
  });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = /** @type {any} */ (entry);
        if (!shift.hadRecentInput) w.__shifts.push({ at: entry.startTime, value: shift.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The new window's own interface loads first (./quiet.mjs), so that it is not timed as the embed's.
  await settleBeforeOpening((warning) => log(`warning: ${warning}`));
  await page.goto(`${BASE}/embed.html`);
  const readyMs = await page.evaluate(
    () =>
      /** @type {Promise<number>} */ (
        new Promise((resolve) => {
          const check = () => {
            const ready = document.querySelector('[data-testid="timeline"][data-ready="true"]');
            if (ready) resolve(Math.round(performance.now()));
            else requestAnimationFrame(check);
          };
          check();
        })
      ),
  );
  await page.waitForTimeout(1500);
  /** @type {Shift[]} */
  const shifts = await page.evaluate(() => /** @type {any} */ (window).__shifts);
  const sum = (/** @type {Shift[]} */ list) =>
    Math.round(list.reduce((s, x) => s + x.value, 0) * 10000) / 10000;
  const cookies = (await context.cookies()).length;
  await context.close();
  return {
    readyMs,
    elsewhere,
    shiftTotal: sum(shifts),
    shiftAfterLoad: sum(shifts.filter((s) => s.at > readyMs)),
    cookies,
  };
}

/**
 * The snippet exactly as the app's Embed dialog writes it for the default view.
 * @param {import('@playwright/test').Browser} browser
 */
async function snippetBytes(browser) {
  const page = await browser.newPage();
  await page.goto(`${BASE}/`);
  await page.getByTestId('open-embed').click();
  const text = await page.getByTestId('embed-snippet').inputValue();
  await page.close();
  return { bytes: Buffer.byteLength(text), text };
}

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const kb = (/** @type {number} */ bytes) => Math.round((bytes / 1024) * 10) / 10;

/**
 * @param {{ size: ReturnType<typeof bundleSize>, visits: Visit[], snippet: { bytes: number }, machine: string }} result
 */
function markdown(result) {
  const { size, visits, snippet, machine } = result;
  const ready = visits.map((v) => v.readyMs);
  const pass = (/** @type {boolean} */ ok) => (ok ? 'yes' : '**no**');
  const rows = [
    [
      'initial JS + CSS, gzipped',
      `${kb(size.totalGzip)} KB`,
      `≤ ${BUDGET.gzipKb} KB`,
      pass(kb(size.totalGzip) <= BUDGET.gzipKb),
    ],
    [
      'ready on the curated chronology (median)',
      `${median(ready)} ms (${Math.min(...ready)}–${Math.max(...ready)})`,
      `≤ ${BUDGET.readyMs} ms`,
      pass(median(ready) <= BUDGET.readyMs),
    ],
    [
      'requests to other hosts',
      String(Math.max(...visits.map((v) => v.elsewhere.length))),
      '0',
      pass(visits.every((v) => v.elsewhere.length === 0)),
    ],
    [
      'layout shift after the chart is drawn',
      String(Math.max(...visits.map((v) => v.shiftAfterLoad))),
      '0',
      pass(visits.every((v) => v.shiftAfterLoad === 0)),
    ],
    [
      'layout shift in all (while loading)',
      String(Math.max(...visits.map((v) => v.shiftTotal))),
      '–',
      '–',
    ],
    [
      'cookies set',
      String(Math.max(...visits.map((v) => v.cookies))),
      '0',
      pass(visits.every((v) => v.cookies === 0)),
    ],
    [
      'the Embed dialog’s snippet',
      `${snippet.bytes} bytes`,
      `< ${BUDGET.snippetBytes} bytes`,
      pass(snippet.bytes < BUDGET.snippetBytes),
    ],
  ];
  const table = [
    '| measure | measured | budget | within |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const files = [
    '| file | bytes | gzipped |',
    '| --- | --- | --- |',
    ...size.files.map(
      (f) => `| \`${f.file}\` | ${f.bytes.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} |`,
    ),
    `| \`embed.html\` (not counted) | – | ${size.htmlGzip.toLocaleString('en')} |`,
  ].join('\n');
  return `# The embed's budget

\`npm run bench\` runs \`scripts/bench/embed.mjs\` after the timeline benchmark
([benchmarks.md](benchmarks.md)). It builds the app, serves it as a static host does (\`static-server.mjs\`), and measures
\`embed.html\` on the curated chronology in headless Chromium at 700 × 900, ${visits.length} fresh
visits. One run on a shared machine: read the budgets' margins, not the last millisecond.

${table}

"Initial" means what \`embed.html\` loads before its script runs: the entry module, every
chunk it imports statically (its \`modulepreload\`s) and its stylesheets, gzipped at level 9.
The detail, the filter bar (\`filters=1\`) and the narrow frame's cards load on first use
(\`src/lib/app/lazy.ts\`). The dataset itself (the curated
chronology, fetched after start) is not counted. "Ready" is navigation start to the chart's
\`data-ready="true"\`. Layout shift is the sum of \`layout-shift\` entries without recent input.

## Files

${files}

## Machine

${machine}. Command: \`node scripts/bench/embed.mjs\`.
`;
}

async function main() {
  if (!args['skip-build']) {
    log('npx vite build');
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const size = bundleSize(join(root, 'dist'));
  log(
    `initial JS + CSS: ${kb(size.totalGzip)} KB gzipped (${size.files.map((f) => f.file).join(', ')})`,
  );
  const server = await serveStatic(join(root, 'dist'), PORT);
  const browser = await launchChromium();
  try {
    /** @type {Visit[]} */
    const visits = [];
    for (let i = 0; i < runs; i++) {
      const v = await visit(browser);
      log(
        `visit ${i + 1}: ready ${v.readyMs} ms, shift ${v.shiftTotal} (after load ${v.shiftAfterLoad}), other hosts ${v.elsewhere.length}`,
      );
      visits.push(v);
    }
    const snippet = await snippetBytes(browser);
    log(`snippet: ${snippet.bytes} bytes`);
    const cpus = os.cpus();
    const machine = `${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const result = { size, visits, snippet, machine, budget: BUDGET };
    mkdirSync(outDir, { recursive: true });
    /** @type {[string, string, string][]} */
    const outputs = [
      ['benchmarks-embed.json', JSON.stringify(result), 'json'],
      ['benchmarks-embed.md', markdown(result), 'markdown'],
    ];
    for (const [name, text, parser] of outputs) {
      const file = join(outDir, name);
      const options = (await prettier.resolveConfig(file)) ?? {};
      writeFileSync(file, await prettier.format(text, { ...options, parser, filepath: file }));
      log(`wrote ${relative(root, file)}`);
    }
    const failed =
      kb(size.totalGzip) > BUDGET.gzipKb ||
      visits.some((v) => v.elsewhere.length > 0 || v.cookies > 0);
    return failed ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exit(await main());
