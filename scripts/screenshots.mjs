#!/usr/bin/env node
// Takes the README's screenshots from the built app: `npm run screenshots`.
// Uses Debian's Chromium through Playwright, like the browser tests.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4175;
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);

/** @param {string} url */
async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not start`);
}

/**
 * @type {{ path: string, url: string, width: number, height: number,
 *   colorScheme?: 'light' | 'dark', scrollTo?: string }[]}
 */
const shots = [
  { path: 'docs/screenshot-timeline.png', url: '/', width: 1280, height: 900 },
  {
    path: 'docs/screenshot-history.png',
    url: '/?from=2014-01-01&to=2026-06-30',
    width: 1280,
    height: 900,
    scrollTo: '.chart-area',
  },
  {
    path: 'docs/screenshot-timeline-dark.png',
    url: '/?from=2025-10-10&to=2026-01-31&group=kind',
    width: 1280,
    height: 820,
    colorScheme: 'dark',
  },
  {
    path: 'docs/screenshot-detail.png',
    url: '/?event=witkoff-putin-2025-04-25&from=2025-03-20&to=2025-05-31',
    width: 1280,
    height: 900,
  },
  {
    path: 'docs/screenshot-map.png',
    url: '/?show=map',
    width: 1280,
    height: 900,
    scrollTo: '[data-testid="map"]',
  },
  {
    path: 'docs/screenshot-numbers.png',
    url: '/?show=numbers&from=2025-01-01&to=2026-03-31',
    width: 1280,
    height: 900,
    scrollTo: '[data-testid="numbers"]',
  },
  {
    path: 'docs/screenshot-people.png',
    url: '/?person=witkoff&show=people',
    width: 1280,
    height: 900,
    scrollTo: '[data-testid="person"]',
  },
  {
    path: 'docs/screenshot-story.png',
    url: '/?story=witkoff-putin-2025&step=6',
    width: 1280,
    height: 820,
    scrollTo: '[data-testid="story-step"]',
  },
  {
    path: 'docs/screenshot-phone.png',
    url: '/?from=2025-07-20&to=2025-09-10',
    width: 360,
    height: 740,
    scrollTo: '.chart-area',
  },
];

try {
  await waitFor(base);
  const browser = await chromium.launch({
    executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme ?? 'light',
      // No "works offline" note over the chart: the pictures show the app, not its first visit.
      serviceWorkers: 'block',
    });
    await page.goto(base + shot.url);
    await page.locator('[data-testid="timeline"][data-ready="true"]').waitFor();
    if (shot.scrollTo) {
      await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView());
      // A view under the chart loads on first use and may still be drawing.
      await page.waitForTimeout(1000);
    }
    await page.screenshot({ path: shot.path });
    console.log(`wrote ${shot.path}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
