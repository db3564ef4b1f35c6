import { expect, test } from './released-data';
import { serveJson, waitForApp } from './helpers';

const legend = (page: import('@playwright/test').Page) => page.getByTestId('legend');

test('the legend explains only what the chart draws: no "Today" or counts when none show', async ({
  page,
}) => {
  // The 1.0.1 release ends in March 2026; today is later, so its line is not drawn.
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
  await page.goto('/');
  await waitForApp(page);
  await expect(legend(page)).toContainText('One day');
  await expect(legend(page)).toContainText('Partly confirmed');
  await expect(legend(page)).not.toContainText('Today');
  await expect(legend(page)).not.toContainText('Count of events');
  // Zoomed to a fortnight of phone calls only: no bars of several days, no month bands.
  await page.goto('/?from=2025-05-10&to=2025-05-24&kind=phone-call');
  await waitForApp(page);
  await expect(legend(page).locator('li[data-entry]')).toHaveText(['One day']);
});

test('the legend lists "Today" when today’s line is drawn', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2025-06-01T12:00:00Z'));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.locator('line.today')).toHaveCount(1);
  await expect(legend(page)).toContainText('Today');
});

test('the legend lists "Count of events" when a lane shows counts', async ({ page }) => {
  const events = Array.from({ length: 600 }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  }));
  await page.route('https://data.test/dense.json', serveJson(JSON.stringify({ events })));
  await page.goto('/?data=https://data.test/dense.json');
  await waitForApp(page);
  await expect(legend(page)).toContainText('Count of events (too many to draw)');
  await expect(legend(page)).not.toContainText('One day');
});
