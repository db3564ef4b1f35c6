import { expect, test } from '@playwright/test';
import { CURATED_FILE, listItem, storedDatasetIds, waitForApp } from './helpers';

test('the first visit shows the curated chronology, grouped by month, and stores it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('peace talks');
  await expect(page.getByRole('heading', { name: /February 2025/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /January 2026/ })).toBeVisible();

  const august = listItem(page, 'witkoff-putin-2025-08-06');
  await expect(august).toContainText('6 Aug 2025');
  await expect(august).toContainText('Moscow');
  await expect(august).toContainText('Putin');
  const firstSource = august.locator('.source-links a').first();
  await expect(firstSource).toHaveAttribute('href', /^https:\/\//);

  // A disputed duration shows every figure with who gave it.
  const april = listItem(page, 'witkoff-putin-2025-04-25');
  await expect(april).toContainText('3 h per Ushakov');
  await expect(april).toContainText('UNN');

  await expect.poll(() => storedDatasetIds(page)).toContain('curated');
});

test('a reload works from IndexedDB when the data file cannot be fetched', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');

  let blocked = 0;
  await page.route(CURATED_FILE, (route) => {
    blocked++;
    return route.abort('internetdisconnected');
  });
  await page.reload();
  await waitForApp(page);
  expect(blocked).toBeGreaterThan(0);
  await expect(listItem(page, 'witkoff-kushner-putin-2025-12-02')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('without IndexedDB the chronology still shows, with a warning that nothing is saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByTestId('storage-warning')).toContainText('nothing will be saved');
  await expect(listItem(page, 'witkoff-putin-2025-02-11')).toBeVisible();
});

test('a month-precision date says the day is not known', async ({ page }) => {
  // The curated data has none, so a linked dataset supplies one.
  await page.route('https://data.test/month.json', (route) =>
    route.fulfill({
      body: JSON.stringify({
        events: [{ id: 'm', title: 'Some day in August', start: '2025-08' }],
      }),
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  await page.goto('/?data=https://data.test/month.json');
  await waitForApp(page);
  const event = listItem(page, 'm');
  await expect(event).toContainText('August 2025');
  await expect(event).toContainText('day not known');
});

test('the page fits a 360 px phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?event=witkoff-kushner-putin-2025-12-02');
  await waitForApp(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a newer curated version replaces the stored one and says so', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect.poll(() => storedDatasetIds(page)).toContain('curated');

  await page.route(CURATED_FILE, async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.version = '99.0.0';
    data.events.push({
      id: 'later-round',
      title: 'A later round, added by the update',
      start: '2026-04-01',
      sources: ['S1'],
    });
    await route.fulfill({ response, json: data });
  });
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: 'updated to version 99.0.0' }),
  ).toBeVisible();
  await expect(listItem(page, 'later-round')).toBeVisible();

  // The next visit, offline, has the new version from IndexedDB.
  await page.unroute(CURATED_FILE);
  await page.route(CURATED_FILE, (route) => route.abort());
  await page.reload();
  await waitForApp(page);
  await expect(listItem(page, 'later-round')).toBeVisible();
  await expect(page.getByText('version 99.0.0')).toBeVisible();
});

for (const [width, height] of [
  [1280, 800],
  [375, 740],
] as const) {
  test(`at ${width} px the page does not jump when the chronology arrives`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Held until the loading state has been painted, as on a slow network.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(CURATED_FILE, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the chronology' }),
    ).toBeVisible();
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
    );
    release();
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('peace talks');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
    );
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    // 0.1 is where the web's own guidance stops calling a page's shift "good".
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
  });
}
