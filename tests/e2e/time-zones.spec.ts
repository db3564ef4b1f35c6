import { expect, test } from '@playwright/test';
import { waitForApp } from './helpers';

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
      await expect(
        page.locator('[data-event-id="witkoff-putin-2025-02-11"] time').first(),
      ).toHaveText('11 Feb 2025');
      await expect(page.locator('[data-event-id="call-2025-12-29"] time').first()).toHaveText(
        '29 Dec 2025',
      );
      await expect(page.getByRole('heading', { name: /^February 2025/ })).toBeVisible();
    });
  });
}
