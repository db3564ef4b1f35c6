import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { openChart } from './helpers';

const plot = (page: Page) => page.locator('.plot');
const announcement = (page: Page) => page.getByTestId('timeline-announcement');

async function ready(page: Page, url = '/') {
  await openChart(page, url);
}

test('"Skip to the chart" is the first tab stop, shows on focus and moves focus to the chart', async ({
  page,
}) => {
  await ready(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the chart' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(plot(page)).toBeFocused();
});

test('the date fields cost one tab stop until the reader opens them', async ({ page }) => {
  await ready(page);
  // The tag picker is the stop before the dates (the curated data has tags).
  await page.getByRole('combobox', { name: 'Add a tag filter' }).focus();
  await page.keyboard.press('Tab');
  const dates = page.locator('.filters .date-range');
  await expect(dates.locator('summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('input[type="date"]:focus')).toHaveCount(0);
  // Opened, they take their stops.
  await dates.locator('summary').click();
  await expect(page.locator('input[type="date"]').first()).toBeVisible();
});

test('the first → on the chart goes to the first event in view, and shows its title', async ({
  page,
}) => {
  await ready(page, '/?from=2025-08-01&to=2025-09-01');
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  // Not the dataset's first event (11 Feb): the first of those on screen.
  await expect(announcement(page)).toHaveText('Witkoff meets Putin at the Kremlin, 6 Aug 2025');
  await expect(page.locator('.tooltip')).toContainText('Witkoff meets Putin at the Kremlin');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tooltip')).toContainText('Trump–Putin summit in Alaska');
});

test('Enter opens the detail with the focus kept on the chart; Escape and "← All events" return to the mark', async ({
  page,
}) => {
  await ready(page, '/?from=2025-08-01&to=2025-09-01');
  await plot(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('Anchorage');
  await expect(plot(page)).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(plot(page)).toBeFocused();
  await expect(page.locator('.tooltip')).toContainText('Trump–Putin summit in Alaska');

  await page.keyboard.press('Enter');
  await expect(detail).toContainText('Anchorage');
  await detail.getByRole('button', { name: '← All events' }).click();
  await expect(detail).toHaveCount(0);
  await expect(plot(page)).toBeFocused();
  await expect(page.locator('.tooltip')).toContainText('Trump–Putin summit in Alaska');
  await page.keyboard.press('ArrowRight');
  await expect(announcement(page)).toContainText('18 Aug 2025');
});
