import { expect, test, type Page } from '@playwright/test';
import { openChart, waitForApp } from './helpers';

/**
 * The chunks of the features that load on first use (src/lib/app/lazy.ts), by the name Vite
 * gives the chunk of each `import()`'s module.
 */
const FEATURES = {
  importDialog: /\/assets\/ImportDialog-[\w-]+\.js$/,
  exportPanel: /\/assets\/ExportPanel-[\w-]+\.js$/,
  chartImage: /\/assets\/chart-file-[\w-]+\.js$/,
  embedDialog: /\/assets\/EmbedDialog-[\w-]+\.js$/,
  datasets: /\/assets\/DatasetManager-[\w-]+\.js$/,
  eventDetail: /\/assets\/EventDetailContent-[\w-]+\.js$/,
};

/** Every script the page asks for, in order, from its first request on. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

const fetched = (urls: string[], chunk: RegExp) => urls.some((url) => chunk.test(url));

async function openApp(page: Page) {
  await openChart(page);
  await expect(page.locator('#events article').first()).toBeVisible();
}

test('the first load fetches no feature that waits for a click, and each comes on first use', async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await openApp(page);
  await page.waitForLoadState('networkidle');
  for (const [name, chunk] of Object.entries(FEATURES)) {
    expect(fetched(scripts, chunk), `${name} was fetched by the first load`).toBe(false);
  }

  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  expect(fetched(scripts, FEATURES.importDialog)).toBe(true);
  expect(fetched(scripts, FEATURES.exportPanel)).toBe(false);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);

  const menu = page.getByTestId('export-menu');
  await menu.locator('summary').click();
  await expect(menu.getByRole('button', { name: 'CSV' })).toBeVisible();
  expect(fetched(scripts, FEATURES.exportPanel)).toBe(true);
  // The image code waits for an image to be asked for.
  expect(fetched(scripts, FEATURES.chartImage)).toBe(false);
  await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'Chart as SVG' }).click(),
  ]);
  expect(fetched(scripts, FEATURES.chartImage)).toBe(true);
  await menu.locator('summary').click();

  await page.getByTestId('open-embed').click();
  await expect(page.getByTestId('embed-snippet')).toBeVisible();
  expect(fetched(scripts, FEATURES.embedDialog)).toBe(true);
  await page.keyboard.press('Escape');

  await page.locator('#events article h4 a').first().click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  expect(fetched(scripts, FEATURES.eventDetail)).toBe(true);

  // A second open needs no second fetch, and shows no loading state.
  const before = scripts.length;
  await page.getByTestId('open-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(page.getByTestId('lazy-loading')).toHaveCount(0);
  expect(scripts.slice(before).filter((url) => FEATURES.importDialog.test(url))).toEqual([]);
});

test('a feature whose code cannot be fetched says so, and "Try again" loads it', async ({
  page,
}) => {
  await openApp(page);
  // The network drops just as the reader asks for the import dialog.
  await page.route(FEATURES.importDialog, (route) => route.abort('internetdisconnected'));
  await page.getByTestId('open-import').click();
  const problem = page.getByTestId('lazy-error');
  await expect(problem).toBeVisible();
  await expect(problem).toHaveAttribute('role', 'alert');
  await expect(problem).toContainText('The import dialog could not be loaded.');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);

  // Close gives up; opening again tries again, and fails the same way while the network is down.
  await problem.getByRole('button', { name: 'Close' }).click();
  await expect(problem).toHaveCount(0);
  await page.getByTestId('open-import').click();
  await expect(problem).toBeVisible();

  // Back online: "Try again" fetches the code and the dialog opens.
  await page.unroute(FEATURES.importDialog);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(problem).toHaveCount(0);
});

test.describe('offline', () => {
  // The rest of the suite blocks service workers (playwright.config.ts); here they are the point.
  test.use({ serviceWorkers: 'allow' });

  test('after the first visit, features that load on first use open with the network off', async ({
    page,
    context,
  }) => {
    // Every lazily loaded chunk is in the service worker's precache list.
    const worker = await (await page.request.get('/sw.js')).text();
    for (const name of ['ImportDialog', 'ExportPanel', 'chart-file', 'EmbedDialog']) {
      expect(worker, `${name} is precached`).toMatch(new RegExp(`"assets/${name}-[\\w-]+\\.js"`));
    }

    // First visit, online: none of them is opened, so only the worker can have fetched them.
    await openApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByTestId('offline-ready')).toContainText('Parley now works offline');

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');

    await page.getByTestId('open-import').click();
    await expect(page.getByTestId('import-dialog')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();

    const menu = page.getByTestId('export-menu');
    await menu.locator('summary').click();
    await expect(menu.getByRole('button', { name: 'Parley JSON' })).toBeVisible();
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Chart as SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    await menu.locator('summary').click();

    await page.getByTestId('open-embed').click();
    await expect(page.getByTestId('embed-snippet')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByTestId('open-datasets').click();
    await expect(page.getByTestId('dataset-manager')).toBeVisible();
    await expect(page.getByTestId('lazy-error')).toHaveCount(0);
  });
});
