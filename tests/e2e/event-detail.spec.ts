import { expect, test } from '@playwright/test';
import { listItem, waitForApp } from './helpers';

test('?event=<id> opens that event with every reported figure and its sources', async ({
  page,
}) => {
  await page.goto('/?event=witkoff-putin-2025-04-25');
  await waitForApp(page);
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(detail).toContainText('25 Apr 2025');
  await expect(detail).toContainText('Kremlin');
  await expect(detail).toContainText('3 h');
  await expect(detail).toContainText('Ushakov');
  await expect(detail).toContainText('UNN');
  const links = detail.locator('.detail-sources a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(0);
});

test('on a phone the open event replaces the list until it is closed', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/?event=witkoff-putin-2025-04-25');
  await waitForApp(page);
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await expect(page.locator('#events')).toBeHidden();
  await page.getByRole('button', { name: '← All events' }).click();
  await expect(page.locator('#events')).toBeVisible();
});

test('the August meeting keeps the seed article’s "in August" as a note', async ({ page }) => {
  await page.goto('/?event=witkoff-putin-2025-08-06');
  await waitForApp(page);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('6 Aug 2025');
  await expect(detail.locator('.detail-notes')).toContainText('August');
});

test('clicking an event opens its detail and the URL links to it; Back returns', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await listItem(page, 'istanbul-direct-2025-05-16').locator('h4 a').click();
  await expect(page).toHaveURL(/\?event=istanbul-direct-2025-05-16$/);
  await expect(page.getByTestId('event-detail')).toContainText('Dolmabahçe');
  await page.goBack();
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
  await expect(page.locator('#events')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('event-detail')).toBeVisible();
});

test('the keyboard alone opens and closes a detail', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const link = listItem(page, 'witkoff-putin-2025-02-11').locator('h4 a');
  await link.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('event-detail').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

test('an unknown event id says so and offers the full list', async ({ page }) => {
  await page.goto('/?event=no-such-event');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toContainText('no-such-event');
  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(page.locator('#events')).toBeVisible();
});

test('a meeting that ran past midnight says so; a two-day visit does not', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(listItem(page, 'witkoff-kushner-putin-2025-12-02')).toContainText(
    'ran past midnight',
  );
  await expect(listItem(page, 'dmitriev-washington-2025-04-02')).not.toContainText(
    'ran past midnight',
  );
  await expect(listItem(page, 'riyadh-technical-2025-03-23_25')).toContainText(
    'Andrew Peek, Michael Anton',
  );
});
