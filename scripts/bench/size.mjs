#!/usr/bin/env node
// What a page loads before it can draw, against its budget: `npm run bench` runs this after the
// timeline benchmark.
//
//   node scripts/bench/size.mjs [--skip-build] [--dist dist] [--out docs] [--no-browser]
//
// "Initial" is the page's scripts (the entry, and public/early-data.js that starts a ?data=
// download), everything the entry imports statically (the modulepreloads) and its stylesheets, each gzipped at level 9 as a server would send it. Features that load on
// first use (src/lib/app/lazy.ts) are not in it; they are listed apart. Budgets: the app
// (index.html) ≤ 110 KB, the embed (embed.html) ≤ 70 KB.
//
// The figures come from the built files. Unless --no-browser, a fresh headless Chromium then
// loads each page from the bench's static server and records the scripts and stylesheets it asks for until
// the chart is drawn: the same files must come, and no feature that waits for a click.
//
// Writes docs/benchmarks-size.json and the "Page weight" section of docs/benchmarks.md (put
// back on each run, after scripts/bench/run.mjs has rewritten that page).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 4193;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

/** Gzipped kilobytes (2^10 bytes) each page may load before it draws. */
export const BUDGETS = { app: 110, embed: 70 };
const PAGES = /** @type {const} */ ([
  { name: 'app', html: 'index.html', path: '/' },
  { name: 'embed', html: 'embed.html', path: '/embed.html' },
]);

/** @param {string} message */
const log = (message) => console.log(`[bench:size] ${message}`);
export const kb = (/** @type {number} */ bytes) => Math.round((bytes / 1024) * 10) / 10;
/** Within budget by the byte, not by the rounded figure: 112,657 bytes reads "110 KB" but is over. */
const within = (/** @type {number} */ bytes, /** @type {number} */ budgetKb) =>
  bytes <= budgetKb * 1024;
const gzipLength = (/** @type {Buffer} */ bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * The files an HTML page loads before it runs: its scripts, module preloads, stylesheets.
 * @param {string} html
 * @returns {string[]} paths relative to the site root
 */
export function initialAssets(html) {
  /** @type {Set<string>} */
  const files = new Set();
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^https?:/.test(src)) continue;
    // Classic scripts too: public/early-data.js runs before the entry does.
    const isScript = match[1] === 'script';
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) files.add(src.replace(/^\//, ''));
  }
  return [...files];
}

/**
 * The chunks a built module imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), as written; `import("./x.js")` is dynamic and left out.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const found = code.matchAll(
    /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  );
  return [...new Set([...found].map((match) => match[1] ?? ''))];
}

/**
 * Everything a page loads before it draws: the HTML's initial assets and, to be sure none is
 * missed, every chunk they import statically, however deep.
 * @param {string} dist
 * @param {string} htmlFile
 */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(join(dist, htmlFile), 'utf8');
  const queue = initialAssets(html);
  /** @type {Set<string>} */
  const seen = new Set();
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(posix.join(posix.dirname(file), spec));
  }
  const files = [...seen].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipLength(bytes) };
  });
  return {
    files,
    totalGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    htmlGzip: gzipLength(Buffer.from(html)),
  };
}

/**
 * The built scripts and stylesheets no page loads at first: features fetched on first use.
 * @param {string} dist
 * @param {Set<string>} initial files some page loads at first
 */
function laterFiles(dist, initial) {
  return readdirSync(join(dist, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => `assets/${name}`)
    .filter((file) => !initial.has(file))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzip: gzipLength(bytes) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * A fresh visit in Chromium: the scripts and stylesheets the page requests, gzipped like the
 * files above, split at the page's load event (what came before it is the first load), until
 * the chart is drawn and the network is quiet.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} path
 */
async function visit(browser, path) {
  // No service worker: it would fetch every chunk to cache it, which is not the page's load.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let loaded = false;
  page.on('load', () => (loaded = true));
  /** @type {Promise<Requested[number]>[]} */
  const loads = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== BASE || !/\.(js|css)$/.test(url.pathname)) return;
    const file = url.pathname.replace(/^\//, '');
    const beforeLoad = !loaded;
    loads.push(response.body().then((body) => ({ file, gzip: gzipLength(body), beforeLoad })));
  });
  await page.goto(`${BASE}${path}`);
  await page.locator('[data-testid="timeline"][data-ready="true"]').waitFor();
  await page.waitForLoadState('networkidle');
  const requested = await Promise.all(loads);
  await context.close();
  return requested;
}

/**
 * The built files missing from the service worker's precache list (dist/sw.js): each would be
 * unavailable offline.
 * @param {string} dist
 * @param {string[]} files
 */
export function notPrecached(dist, files) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  return files.filter((file) => !worker.includes(`"${file}"`));
}

/**
 * @typedef {ReturnType<typeof pageWeight>} Weight
 * @typedef {{ file: string, gzip: number, beforeLoad: boolean }[]} Requested
 * @typedef {{ name: string, html: string, budget: number, weight: Weight, requested?: Requested }} PageResult
 */

/**
 * @param {PageResult[]} pages
 * @param {{ file: string, bytes: number, gzip: number }[]} later
 * @param {string[]} missing built files the service worker does not precache
 */
function markdown(pages, later, missing) {
  const pass = (/** @type {boolean} */ ok) => (ok ? 'yes' : '**no**');
  const rows = pages.map((p) => {
    const first = p.requested?.filter((r) => r.beforeLoad);
    const seen = first ? kb(first.reduce((sum, r) => sum + r.gzip, 0)) : undefined;
    return `| ${p.name} (\`${p.html}\`) | ${kb(p.weight.totalGzip)} KB (${p.weight.totalGzip.toLocaleString('en')} bytes) | ${seen === undefined ? '–' : `${seen} KB`} | ≤ ${p.budget} KB | ${pass(within(p.weight.totalGzip, p.budget))} |`;
  });
  const files = pages.flatMap((p) =>
    p.weight.files.map(
      (f) =>
        `| ${p.name} | \`${f.file}\` | ${f.bytes.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} |`,
    ),
  );
  const lazy = later.map(
    (f) => `| \`${f.file}\` | ${f.bytes.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} |`,
  );
  const afterLoad = pages
    .filter((p) => p.requested)
    .map((p) => {
      const files = (p.requested ?? []).filter((r) => !r.beforeLoad).map((r) => `\`${r.file}\``);
      return `${p.name}: ${files.length ? files.join(', ') : 'nothing'}`;
    });
  const precache = missing.length
    ? `**Not precached** by the service worker: ${missing.map((f) => `\`${f}\``).join(', ')}.`
    : 'The service worker precaches every one of these files (all are in `dist/sw.js`).';
  return `## Page weight

What each page loads before it can draw, gzipped (level 9), against its budget. Written by
\`scripts/bench/size.mjs\`, which \`npm run bench\` runs after the timeline benchmark.

| page | initial JS + CSS (built files) | requested before the load event in Chromium | budget | within |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

"Initial" is the page's scripts (the entry, and \`early-data.js\`, which starts a \`?data=\`
download before the entry runs), every chunk the entry imports statically (its
\`modulepreload\`s) and the stylesheets, as built. The browser column counts the scripts and stylesheets a fresh
headless Chromium (service worker off) fetched before the page's load event; the check fails if
they differ from the built files. The dataset (fetched after start) is not counted. Import,
export, chart images, the embed dialog, the dataset list, the event detail and "What changed"
load on first use (\`src/lib/app/lazy.ts\`); after the load event, once the page is idle, come the storage line, the
update notice, the zoom's gestures (d3-zoom: wheel, drag, pinch, double-click; the buttons and
keys zoom before), the chart's tooltips, the hint of an empty view, the overview's brush, and
the eras' bands for a dataset that has eras (in
room kept for them). ${precache}

Fetched after the load event, until the chart was drawn and the network quiet:
${afterLoad.map((line) => `- ${line}`).join('\n')}

<details><summary>Files</summary>

| page | file | bytes | gzipped |
| --- | --- | --- | --- |
${files.join('\n')}

Loaded later (on first use, or after the page has drawn):

| file | bytes | gzipped |
| --- | --- | --- |
${lazy.join('\n')}

</details>
`;
}

const START = '<!-- page-weight:start -->';
const END = '<!-- page-weight:end -->';

/**
 * docs/benchmarks.md with the "Page weight" section put in (or replaced), before "What is
 * measured" so budgets come first.
 * @param {string} page
 * @param {string} section
 */
export function withSection(page, section) {
  const block = `${START}\n\n${section}\n${END}`;
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start >= 0 && end > start) return page.slice(0, start) + block + page.slice(end + END.length);
  const anchor = page.indexOf('## What is measured');
  if (anchor < 0) return `${page.trimEnd()}\n\n${block}\n`;
  return `${page.slice(0, anchor)}${block}\n\n${page.slice(anchor)}`;
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      'skip-build': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'docs' },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  const dist = resolve(root, args.dist);
  if (!args['skip-build']) {
    log('npx vite build');
    const built = spawnSync('npx', ['vite', 'build', '--outDir', dist], {
      cwd: root,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  /** @type {PageResult[]} */
  const pages = PAGES.map((p) => ({
    name: p.name,
    html: p.html,
    budget: BUDGETS[p.name],
    weight: pageWeight(dist, p.html),
  }));
  const initial = new Set(pages.flatMap((p) => p.weight.files.map((f) => f.file)));
  const later = laterFiles(dist, initial);
  for (const p of pages) {
    log(
      `${p.name}: ${kb(p.weight.totalGzip)} KB gzipped initial (budget ${p.budget} KB) in ${p.weight.files.length} files`,
    );
  }
  log(`loaded later: ${later.map((f) => `${f.file} ${kb(f.gzip)} KB`).join(', ')}`);

  const problems = pages
    .filter((p) => !within(p.weight.totalGzip, p.budget))
    .map((p) => `${p.name} is over its budget`);
  const missing = notPrecached(dist, [...initial, ...later.map((f) => f.file)]);
  if (missing.length) problems.push(`not precached: ${missing.join(', ')}`);
  if (!args['no-browser']) {
    const { chromium } = await import('@playwright/test');
    const server = await serveStatic(dist, PORT);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      for (const [i, p] of pages.entries()) {
        const requested = await visit(browser, PAGES[i]?.path ?? '/');
        p.requested = requested;
        const first = requested.filter((r) => r.beforeLoad);
        const files = new Set(p.weight.files.map((f) => f.file));
        const extra = first.filter((r) => !files.has(r.file)).map((r) => r.file);
        const absent = [...files].filter((f) => !first.some((r) => r.file === f));
        const after = requested.filter((r) => !r.beforeLoad).map((r) => r.file);
        log(
          `${p.name} in Chromium: ${kb(first.reduce((sum, r) => sum + r.gzip, 0))} KB in ${first.length} requests before the load event; after it: ${after.join(', ') || 'nothing'}`,
        );
        if (extra.length) problems.push(`${p.name} also fetched ${extra.join(', ')} at first`);
        if (absent.length) problems.push(`${p.name} did not fetch ${absent.join(', ')} at first`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }

  const outDir = resolve(root, args.out);
  mkdirSync(outDir, { recursive: true });
  const json = join(outDir, 'benchmarks-size.json');
  const doc = join(outDir, 'benchmarks.md');
  const previous = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
  /** @type {[string, string, string][]} */
  const outputs = [
    [json, JSON.stringify({ budgets: BUDGETS, pages, later }), 'json'],
    [doc, withSection(previous, markdown(pages, later, missing)), 'markdown'],
  ];
  for (const [file, text, parser] of outputs) {
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(text, { ...options, parser, filepath: file }));
    log(`wrote ${relative(root, file)}`);
  }
  for (const problem of problems) log(`FAIL: ${problem}`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await main());
}
