import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  listItem,
  openChart,
  serveJson,
  storedDatasetIds,
  storedKeys,
  waitForApp,
} from './helpers';
import { serveBuild } from './static-server';

// The rest of the suite blocks service workers (playwright.config.ts); here they are the point.
test.use({ serviceWorkers: 'allow' });

const small = readFileSync('tests/fixtures/small.json', 'utf8');
const DATA = 'https://data.test/chronology.json';
// The service worker caches the real curated file, so the counts are read from it.
const curatedEvents: { kind?: string }[] = JSON.parse(
  readFileSync('data/chronology.json', 'utf8'),
).events;
const ALL = String(curatedEvents.length);
const CALLS = String(curatedEvents.filter((e) => e.kind === 'phone-call').length);

function timeline(page: Page) {
  return page.getByTestId('timeline');
}

/** Wait until the service worker has cached the app and controls this page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');
}

test('after the first visit the whole app works with the network off', async ({
  page,
  context,
}) => {
  // First visit, online: the curated chronology is drawn, stored, and the app cached.
  await openChart(page);
  await waitForServiceWorker(page);
  await expect(page.getByTestId('offline-ready')).toContainText('Parley now works offline');
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');

  // A researcher's file, opened once by ?data= while online, is stored too.
  await context.route(DATA, serveJson(small));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  await expect.poll(() => storedDatasetIds(page)).toContain(`url:${DATA}`);
  await context.unroute(DATA);

  // Network off: nothing the worker has not cached can be fetched, from this server or any.
  await context.setOffline(true);
  const probe = (url: string) =>
    page.evaluate(
      (href) =>
        fetch(href).then(
          () => 'reached',
          () => 'unreachable',
        ),
      url,
    );
  expect(await probe('/robots.txt')).toBe('unreachable');
  expect(await probe(DATA)).toBe('unreachable');

  await openChart(page);
  await expect(timeline(page)).toHaveAttribute('data-events', ALL);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Filters work.
  const kinds = page.locator('fieldset[data-facet="kind"]');
  await kinds.getByLabel(/Phone call/).check();
  await expect(timeline(page)).toHaveAttribute('data-events', CALLS);
  await expect(page.getByText(`${CALLS} of ${ALL} events`)).toBeVisible();

  // A reload keeps the view, and a link to one event opens its detail.
  await page.reload();
  await waitForApp(page);
  await expect(page.getByText(`${CALLS} of ${ALL} events`)).toBeVisible();
  await page.goto('/?event=witkoff-putin-2025-08-06');
  await waitForApp(page);
  await expect(page.getByTestId('event-detail')).toContainText('6 Aug 2025');

  // The ?data= dataset opens from storage, and says the file could not be reached.
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  await expect(listItem(page, 'meeting-1')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing the copy saved on' }),
  ).toBeVisible();

  // Switching datasets from the list works offline too.
  await page.getByTestId('open-datasets').click();
  const curated = page.getByTestId('dataset-row').filter({ hasText: 'Curated by Parley' });
  await curated.getByRole('button', { name: 'Open' }).click();
  await expect(timeline(page)).toHaveAttribute('data-events', ALL);
});

test('after the first visit the map, the numbers and the people open with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await waitForServiceWorker(page);
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');

  // None of the three was opened online: their code and the basemap come from the worker's cache.
  await context.setOffline(true);
  await page.goto('/?show=map&show=numbers&show=people');
  await waitForApp(page);
  await expect(timeline(page)).toHaveAttribute('data-events', ALL);
  const map = page.getByTestId('map');
  await expect(map.locator('[data-place]').first()).toBeVisible();
  await expect(page.getByTestId('numbers')).toBeVisible();
  await expect(page.getByTestId('who-met-whom')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // And they still filter: a place narrows the chart to its events (over the whole history;
  // the map counts those in the visible range).
  await map.locator('[data-place="Moscow"]').click();
  expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['Moscow']);
  await expect
    .poll(async () => Number(await timeline(page).getAttribute('data-events')))
    .toBeLessThan(Number(ALL));
  await expect(map.locator('[data-place="Moscow"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a new version offers "Reload to update", and updating keeps every dataset and note', async ({
  page,
}) => {
  // Served from a server of our own, so the test can "deploy" a new release mid-visit.
  const server = await serveBuild(process.env.PARLEY_DIST ?? 'dist');
  try {
    const EVENT = 'witkoff-putin-2025-08-06';
    await page.goto(`${server.origin}/?event=${EVENT}`);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await expect.poll(() => storedDatasetIds(page)).toContain('curated');
    const field = () =>
      page.getByTestId('event-note').getByLabel('Note (kept in this browser only)');
    await field().fill('Written before the update');
    await field().blur();
    await expect(page.getByTestId('note-status')).toHaveText('Saved in this browser.');
    // A later visit, so the page starts under the worker, as a returning reader's does.
    await page.reload();
    await waitForApp(page);
    const before = await storedKeys(page);

    // The new release: a different service worker (a byte more is enough for the browser to
    // install it beside the running one, where it waits for the reader).
    server.replace('/sw.js', (built) => `${built}\n// the next release\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByTestId('update-banner');
    await expect(banner).toContainText('A new version of Parley is ready.');
    const waiting = await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    );
    expect(waiting).toBe(true);

    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await waitForApp(page);
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
    // The new worker now serves the page, and nothing stored was lost or changed.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(registration?.waiting), active: registration?.active?.state };
      }),
    ).toEqual({ waiting: false, active: 'activated' });
    expect(await storedKeys(page)).toEqual(before);
    await expect(field()).toHaveValue('Written before the update');
  } finally {
    await server.close();
  }
});

test('on a first visit the app is cached for offline use only once the linked dataset is drawn', async ({
  page,
  context,
}) => {
  // A linked dataset that takes a while to come: the page loads and sits idle meanwhile, and
  // installing the service worker then (every file of the app fetched and cached) would share
  // the machine with parsing the data when it arrives.
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await context.route(DATA, async (route) => {
    await arrived;
    await serveJson(small)(route);
  });
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await page.waitForLoadState('load');
  // Well past the load event and the idle moment the registration used to wait for.
  await page.waitForTimeout(2500);
  const registered = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  expect(await registered()).toBe(false);

  release();
  await expect(timeline(page)).toHaveAttribute('data-ready', 'true');
  await expect(timeline(page)).toHaveAttribute('data-events', '3');
  await waitForServiceWorker(page);
  expect(await registered()).toBe(true);
});
