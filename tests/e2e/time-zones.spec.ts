import { expect, test } from '@playwright/test';
import { listItem, waitForApp } from './helpers';

// A date-only event is a civil date: readers anywhere see the same day.
for (const timezoneId of [
  'America/Los_Angeles',
  'Europe/Moscow',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
]) {
  test.describe(`a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('sees every date-only event on its own day', async ({ page }) => {
      await page.goto('/');
      await waitForApp(page);
      await expect(listItem(page, 'witkoff-putin-2025-02-11').locator('time').first()).toHaveText(
        '11 Feb 2025',
      );
      await expect(listItem(page, 'call-2025-12-29').locator('time').first()).toHaveText(
        '29 Dec 2025',
      );
      await expect(page.getByRole('heading', { name: /^February 2025/ })).toBeVisible();
    });
  });
}

test('a timed event shows in the venue zone, UTC or the reader’s zone, and says when it crosses midnight', async ({
  browser,
}) => {
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const page = await context.newPage();
  const data = {
    events: [
      {
        id: 'late',
        title: 'Late-night talks',
        start: '2025-12-02T20:00+03:00',
        end: '2025-12-03T01:00+03:00',
        timeZone: 'Europe/Moscow',
      },
    ],
  };
  await page.route('https://data.test/timed.json', (route) =>
    route.fulfill({
      body: JSON.stringify(data),
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  const item = listItem(page, 'late');
  await page.goto('/?data=https://data.test/timed.json');
  await waitForApp(page);
  await expect(item.locator('time')).toHaveText('2 Dec 2025 20:00 GMT+3 – 3 Dec 2025 01:00 GMT+3');
  await expect(item).toContainText('ran past midnight');

  await page.getByLabel('Times in').selectOption('utc');
  await expect(item.locator('time')).toHaveText('2 Dec 2025 17:00 UTC – 2 Dec 2025 22:00 UTC');
  await expect(item).not.toContainText('ran past midnight');

  await page.getByLabel('Times in').selectOption('local');
  await expect(item.locator('time')).toHaveText('2 Dec 2025 09:00 GMT-8 – 2 Dec 2025 14:00 GMT-8');
  await expect(page).toHaveURL(/times=local/);
  await context.close();
});
