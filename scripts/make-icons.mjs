#!/usr/bin/env node
// Renders the app icons the web app manifest lists, from their SVG sources, with the same
// Chromium the browser tests use (no image library needed): `node scripts/make-icons.mjs`.
// Browsers want PNG icons to offer "Install"; the PNGs are committed, so run this only after
// changing an SVG.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @type {{ from: string, to: string, size: number }[]} */
const icons = [
  { from: 'public/icon.svg', to: 'public/icon-192.png', size: 192 },
  { from: 'public/icon.svg', to: 'public/icon-512.png', size: 512 },
  // Full-bleed with the glyph inside the central safe circle, for launchers that crop.
  { from: 'scripts/icons/maskable.svg', to: 'public/icon-512-maskable.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { from, to, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(from, 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: to, omitBackground: true });
    await page.close();
    console.log(`${to} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
