import { defineConfig } from '@playwright/test';

const chromium = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
// Overridable so two checkouts (or helpers) can run the suite at once without sharing dist/.
const port = Number(process.env.PARLEY_E2E_PORT ?? 4174);
const outDir = process.env.PARLEY_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // The machines are small and shared: two workers keep runs steady.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Playwright's defaults (30 s a test, 5 s an expectation) held on a machine where the suite
  // ran in 14 minutes, but not on one about three times slower, where loading 50 MB of junk or
  // streaming a 30 MB import outlasted them. Waiting longer changes no assertion: a test that
  // fails still fails, only later.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Most tests stand in for the network with page.route, which a service worker would answer
    // first from its cache. tests/e2e/offline.spec.ts turns the worker on to test exactly that.
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium, never a downloaded browser (see DEVELOPERS.md); these flags keep it
      // off the closed network and working as root in CI.
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    // Tests run against the built app, as users get it (`npm run test:e2e` builds first).
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
