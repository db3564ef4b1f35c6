import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noscriptList } from './src/build/noscript-plugin.js';
import { sharedChunk } from './src/build/shared-chunk.js';
import { designTokens } from './src/build/tokens-plugin.js';

/** Paths from this file's folder, whatever directory the build is started from. */
const here = (path: string) => resolve(dirname(fileURLToPath(import.meta.url)), path);

/** The light theme's page and accent colours (src/lib/theme/tokens.ts `bg`, `accent`). */
const BACKGROUND = '#fbfaf7';
const ACCENT = '#1f5fa8';

// Parley as an installable, offline app: the web app manifest, and the service worker that
// vite-plugin-pwa generates with Workbox (registered from src/lib/app/pwa.ts).
const pwa = VitePWA({
  // Never swap code under a reader: a new version waits until they choose "Reload to update".
  registerType: 'prompt',
  // The app registers through `virtual:pwa-register` (src/lib/app/pwa.ts), so the built HTML
  // gets no extra script at all, inline or not: the CSP allows none inline, and the embed
  // page does not register a worker it does not need.
  injectRegister: false,
  strategies: 'generateSW',
  // The precache globs below already take public/'s icons; listing them again would duplicate them.
  includeManifestIcons: false,
  manifest: {
    name: 'Parley',
    short_name: 'Parley',
    description: 'A sourced, explorable chronology of diplomatic talks, readable offline.',
    lang: 'en',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: BACKGROUND,
    theme_color: ACCENT,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The app shell, its code and styles, the icons, and the curated chronology (a hashed
    // JSON asset imported with `?url`): everything a reader needs with the network off. The
    // plugin adds the manifest itself.
    globPatterns: ['**/*.{html,js,css,json,svg,png}'],
    // The benchmark writes files of up to 30 MB into dist/bench; readers never load them.
    globIgnores: ['bench/**'],
    // The curated chronology is about 150 kB; 4 MB leaves room for years of talks while
    // keeping a stray large file from being downloaded by every reader.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // The URL holds the view (?event=, ?from=, …): any query still finds the cached page.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    // The first visit is controlled at once, so it is ready for offline before any reload.
    // Updates still wait: skipWaiting is left to the reader's click.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

const shared = sharedChunk();

export default defineConfig({
  // The embed's <noscript> list of events is written from the curated data at build time;
  // the design tokens become the pages' custom properties.
  plugins: [
    svelte(),
    pwa,
    shared.plugin,
    designTokens({ source: here('src/lib/theme/tokens-css.ts') }),
    noscriptList({
      chronology: here('data/chronology.json'),
      renderer: here('src/build/noscript-list.ts'),
    }),
  ],
  resolve: {
    // Dexie's ES module build. The package's `import` entry is a wrapper around its UMD build,
    // there only to keep one Dexie when both ESM and CommonJS copies load (Node's dual-package
    // hazard); a bundle holds one copy anyway. The UMD build cannot be tree-shaken and needs the
    // bundler's CommonJS helpers in a file of their own: 697 bytes gzip more in the first load.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/dexie.mjs' }],
  },
  build: {
    // Two pages: the app, and the chart alone for other sites' iframes (README "Embed").
    rollupOptions: {
      input: { main: here('index.html'), embed: here('embed.html') },
      output: {
        // What both pages load at first, in one file (src/build/shared-chunk.js says why).
        codeSplitting: { groups: [{ name: 'shared', test: shared.test }] },
      },
    },
    // Chromium 120+ and current Firefox/Safari: lets Vite skip legacy transforms.
    target: 'es2022',
    // Those browsers all follow <link rel="modulepreload">: no polyfill in every first load.
    modulePreload: { polyfill: false },
    // Never inline a dataset into the bundle: it must stay a separate file that can be
    // fetched, replaced by a newer version, and blocked in tests.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  test: {
    // Pure logic runs in Node; browser behaviour is covered by Playwright in tests/e2e.
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // The property tests run thousands of generated cases each; on a shared 2-core machine under
    // load one can pass Vitest's 5 s default without anything being wrong. A limit, not a speed
    // check: speed is measured by `npm run bench`.
    testTimeout: 60_000,
  },
});
