import { type Page } from '@playwright/test';
import { test as realData } from '@playwright/test';
import { expect, test } from './released-data';
import { mark, openChart } from './helpers';

/**
 * An open event never hides the chart: its detail is a panel beside the chart on a wide screen
 * and a sheet over the list on a narrow one, and a link to an event lands with both its mark
 * and its detail on screen.
 */
async function expectBothInView(page: Page, id: string) {
  const viewport = page.viewportSize()!;
  const inside = async (box: { x: number; y: number; width: number; height: number } | null) =>
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= viewport.width &&
    box.y + box.height <= viewport.height;
  const heading = page.getByTestId('event-detail').getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  await expect.poll(async () => inside(await heading.boundingBox())).toBe(true);
  await expect.poll(async () => inside(await mark(page, id).boundingBox())).toBe(true);
  // Nothing covers the mark: a click at its centre reaches the chart, not the detail (polled,
  // as the sheet slides in and the page scrolls the mark out from under it).
  await expect
    .poll(async () => {
      const box = (await mark(page, id).boundingBox())!;
      return page.evaluate(
        ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('.plot') !== null,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
    })
    .toBe(true);
}

for (const [width, height] of [
  [1280, 800],
  [375, 812],
] as const) {
  test(`at ${width}×${height}, ?event= lands with the mark and its detail both in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // The Berlin talks are in the last lane, at the bottom of the chart.
    await openChart(page, '/?event=berlin-2025-12-14_15');
    await expectBothInView(page, 'berlin-2025-12-14_15');
  });
}

test('at 1280 px the detail opens beside the chart, which keeps its marks in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openChart(page);
  await mark(page, 'alaska-summit-2025-08-15').click();
  await expectBothInView(page, 'alaska-summit-2025-08-15');
  const chart = (await page.locator('.plot').boundingBox())!;
  const detail = (await page.getByTestId('event-detail').boundingBox())!;
  expect(chart.x + chart.width).toBeLessThanOrEqual(detail.x);
});

realData(
  'a link to an event outside the opening era brings its mark into view',
  async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openChart(page, '/?event=nuland-surkov-kaliningrad-2016-01-15');
    await expectBothInView(page, 'nuland-surkov-kaliningrad-2016-01-15');
  },
);
