import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  build: {
    // Chromium 120+ and current Firefox/Safari: lets Vite skip legacy transforms.
    target: 'es2022',
    // Never inline a dataset into the bundle: it must stay a separate file that can be
    // fetched, replaced by a newer version, and blocked in tests.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  test: {
    // Pure logic runs in Node; browser behaviour is covered by Playwright in tests/e2e.
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
