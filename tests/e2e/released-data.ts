import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CURATED_FILE } from './helpers';

/**
 * The 2025–2026 chronology as released in version 1.0.1, frozen in tests/fixtures.
 *
 * Most behaviour tests (zoom, keyboard, filters, lanes, datasets, the embed, images) were
 * written against that release and check its counts and its events ("47 events", "10 of 47",
 * Witkoff's first meeting). Serving it as the curated file lets the curated chronology grow —
 * the 2014– history — without changing a single thing those tests check. The curated data itself
 * is held to its sheets by tests/unit/curated-data.test.ts, and the history in the app by
 * tests/e2e/history.spec.ts, on the real file.
 */
export const RELEASED_CHRONOLOGY = readFileSync('tests/fixtures/chronology-1.0.1.json', 'utf8');

/**
 * Playwright's `test`, with the curated file answered by the 1.0.1 release in every page of
 * the context (a second tab too). A test's own `page.route` for the same file wins over it.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.route(CURATED_FILE, (route) =>
      route.fulfill({ body: RELEASED_CHRONOLOGY, contentType: 'application/json' }),
    );
    await use(context);
  },
});

export { expect } from '@playwright/test';
