import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { listItem, openChart, serveJson, storedDatasetIds, waitForApp } from './helpers';

const small = readFileSync('tests/fixtures/small.json', 'utf8');
const DATA = 'https://data.test/chronology.json';

test('?data= loads a good file, shows it, and stores it beside the curated one', async ({
  page,
}) => {
  await page.route(DATA, serveJson(small));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  await expect(listItem(page, 'meeting-1')).toContainText('3 h per Boris');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => storedDatasetIds(page)).toContain(`url:${DATA}`);

  // Event links keep the dataset, so a shared link opens the same event of the same data.
  await listItem(page, 'meeting-1').locator('h4 a').click();
  await expect(page).toHaveURL(/data=.*&event=meeting-1|event=meeting-1.*data=/);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId('event-detail')).toContainText('Envoy meets host');
});

test('a ?data= file starts downloading before the app’s code has arrived, and only once', async ({
  page,
}) => {
  let requests = 0;
  let release: () => void = () => {};
  const dataAsked = new Promise<void>((resolve) => (release = resolve));
  // The app's entry script is held until the data is asked for (or 10 s have passed).
  let dataAskedFirst = false;
  await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
    dataAskedFirst = await Promise.race([
      dataAsked.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    await route.continue();
  });
  await page.route(DATA, (route) => {
    requests++;
    release();
    return serveJson(small)(route);
  });
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  expect(dataAskedFirst).toBe(true);
  // The app took over the early download (public/early-data.js) instead of asking again.
  expect(requests).toBe(1);
  expect(await page.evaluate(() => 'parleyEarlyData' in window)).toBe(false);
});

test('?data= cut off mid-way says where the file ends and that it may be cut off', async ({
  page,
}) => {
  await page.route(DATA, serveJson('{"events": [\n  {"id": "a", "title": "Talks in Ri'));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  const problem = page.getByTestId('load-problem');
  await expect(problem).toContainText('is not valid JSON at line 2, column 36.');
  await expect(problem).toContainText('it may be cut off');
  expect(await storedDatasetIds(page)).not.toContain(`url:${DATA}`);
});

test('?data= with invalid JSON says where it breaks and stores nothing', async ({ page }) => {
  await page.route(DATA, serveJson('{"events": [\n  {"id": "a",, }\n]}'));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  const problem = page.getByTestId('load-problem');
  await expect(problem).toContainText('is not valid JSON at line 2');
  await expect(problem).toContainText('The curated chronology is shown instead.');
  // The curated chronology is still there to read.
  await expect(listItem(page, 'witkoff-putin-2025-02-11')).toBeVisible();
  expect(await storedDatasetIds(page)).not.toContain(`url:${DATA}`);
});

test('?data= with wrong types, duplicate ids and impossible dates names the first problems', async ({
  page,
}) => {
  const bad = {
    events: [
      { id: 'a', title: 'A', start: '2025-13-40' },
      { id: 'a', title: 7, start: '2025-02-11' },
    ],
  };
  await page.route(DATA, serveJson(JSON.stringify(bad)));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  const problem = page.getByTestId('load-problem');
  await expect(problem).toContainText('3 problems found. Nothing was saved.');
  await expect(problem).toContainText('events[0].start: "2025-13-40" is not a date');
  await expect(problem).toContainText('events[1].id: "a" is already used by events[0]');
  await expect(problem).toContainText('events[1].title: must be text, not number 7');
  expect(await storedDatasetIds(page)).not.toContain(`url:${DATA}`);
});

test('?data= with HTML and script in its strings runs nothing and stores nothing', async ({
  page,
}) => {
  const hostile = {
    title: '<img src=x onerror="window.__pwned=1">',
    events: [
      {
        id: 'x',
        title: '<script>window.__pwned = 1</script>',
        start: '2025-02-11',
        summary: '<svg onload="window.__pwned=1">',
      },
    ],
  };
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    return dialog.dismiss();
  });
  await page.route(DATA, serveJson(JSON.stringify(hostile)));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  const problem = page.getByTestId('load-problem');
  await expect(problem).toContainText('title: contains markup');
  await expect(problem).toContainText('events[0].title: contains markup');
  // The offending text appears as text, never as elements.
  await expect(problem.locator('img, script, svg')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await storedDatasetIds(page)).not.toContain(`url:${DATA}`);
});

test('?data= with 50 MB of junk is refused with a clear message', async ({ page }) => {
  await page.route(DATA, serveJson('x'.repeat(50 * 1024 * 1024)));
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  await expect(page.getByTestId('load-problem')).toContainText(
    'is not valid JSON at line 1, column 1',
  );
  expect(await storedDatasetIds(page)).not.toContain(`url:${DATA}`);
});

test('?data= that cannot be reached says so', async ({ page }) => {
  await page.route(DATA, (route) =>
    route.fulfill({
      status: 404,
      body: 'not here',
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  await page.goto(`/?data=${encodeURIComponent(DATA)}`);
  await waitForApp(page);
  await expect(page.getByTestId('load-problem')).toContainText(
    `Could not download ${DATA}: the server answered 404`,
  );
});

test('?data= refuses a javascript: link', async ({ page }) => {
  await page.goto('/?data=javascript:alert(1)');
  await waitForApp(page);
  await expect(page.getByTestId('load-problem')).toContainText(
    'must start with http:// or https://',
  );
});

test('?data= brings a TimelineJS timeline over whole, and says it was converted', async ({
  page,
}) => {
  // TimelineJS's own example, as a journalist would link the file their timeline is made from.
  const timeline = readFileSync('tests/fixtures/import/timelinejs-examples/eras.json', 'utf8');
  const url = 'https://data.test/timelines/eras.json';
  await page.route(url, serveJson(timeline));
  await openChart(page, `/?data=${encodeURIComponent(url)}`);
  const events = (JSON.parse(timeline) as { events: unknown[] }).events.length;
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-events', String(events));
  await expect(
    page.getByRole('status').filter({ hasText: 'Converted from a TimelineJS JSON file' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => storedDatasetIds(page)).toContain(`url:${url}`);
});
