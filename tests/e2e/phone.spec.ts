import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { mark, openChart } from './helpers';

// A student's phone: 375 × 812 CSS px, touch.
test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

const timeline = (page: Page) => page.getByTestId('timeline');
const plot = (page: Page) => page.locator('.plot');

async function ready(page: Page, url = '/') {
  await openChart(page, url);
}

test('on a phone the chart starts in the first screen, with its lanes in view', async ({
  page,
}) => {
  await ready(page);
  const chart = (await plot(page).boundingBox())!;
  // It started at 605 of 812 px, under the dataset's whole description.
  expect(chart.y).toBeLessThan(450);
  await expect(page.locator('.lane-label').first()).toBeInViewport();
  // The description is one tap away.
  const about = page.getByRole('button', { name: 'About this chronology' });
  await expect(page.locator('.dataset-description')).toBeHidden();
  await about.click();
  await expect(page.locator('.dataset-description')).toBeVisible();
  await expect(about).toHaveAttribute('aria-expanded', 'true');
});

test('on a phone the main lanes show their events one by one, not as counts', async ({ page }) => {
  await ready(page);
  // US–Russia and US–Ukraine hold 35 of the 47: every event is a mark of its own.
  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(47);
});

test('on a phone a tap near a small mark still opens it: every mark is a 24 px target', async ({
  page,
}) => {
  await ready(page);
  const target = mark(page, 'istanbul-direct-2025-07-23');
  // Its lane may start below the first screen: lanes are as tall as their labels need.
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  // The dot itself is smaller than a fingertip's 24 px.
  expect(box.width).toBeLessThan(24);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // 11 px right of and 11 px below its centre: inside a 24 × 24 target, outside the dot.
  await page.touchscreen.tap(cx + 11, cy + 11);
  await expect(page.getByTestId('event-detail')).toContainText('Third Russia–Ukraine round');
});

test('on a phone list cards put each value right after its label', async ({ page }) => {
  await ready(page);
  const facts = page.locator('#events article .event-facts > div');
  await expect(facts.first()).toBeAttached();
  const gaps = await facts.evaluateAll((rows) =>
    rows.slice(0, 12).map((row) => {
      const dt = row.querySelector('dt')!.getBoundingClientRect();
      const dd = row.querySelector('dd')!.getBoundingClientRect();
      return { across: dd.left - dt.right, down: dd.top - dt.top };
    }),
  );
  for (const gap of gaps) {
    // Was ~64 px of blank space above each value.
    expect(gap.across).toBeLessThanOrEqual(12);
    expect(Math.abs(gap.down)).toBeLessThan(4);
  }
});

test('on a phone the filters open as a sheet that closes with "Show N results"', async ({
  page,
}) => {
  await ready(page);
  const chartTop = (await plot(page).boundingBox())!.y;
  await page.locator('.filters > summary').click();
  const sheet = page.locator('.filter-body');
  await expect(sheet).toBeVisible();
  const box = (await sheet.boundingBox())!;
  // Over the page, inside the screen: not a 1,160 px panel pushing the chart down.
  expect(box.y + box.height).toBeLessThanOrEqual(812 + 1);
  expect(box.height).toBeLessThan(812 * 0.85);
  expect((await plot(page).boundingBox())!.y).toBe(chartTop);

  await page
    .locator('fieldset[data-facet="kind"]')
    .getByLabel(/Phone call/)
    .check();
  const show = page.getByRole('button', { name: 'Show 10 results' });
  await expect(show).toBeInViewport();
  await show.click();
  await expect(sheet).toBeHidden();
  await expect(timeline(page)).toHaveAttribute('data-events', '10');
  await expect(plot(page)).toBeInViewport();
});

test('an empty stretch of time says where the nearest events are, and goes there', async ({
  page,
}) => {
  // What one pinch into the months before the first talks leaves on screen.
  await ready(page, '/?from=2024-11-01&to=2025-01-15');
  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(0);
  const hint = page.getByTestId('empty-view-hint');
  await expect(hint).toContainText('No events here');
  await hint.getByRole('button', { name: 'nearest: 11 Feb 2025 →' }).click();
  await expect(mark(page, 'witkoff-putin-2025-02-11')).toBeVisible();
  await expect(hint).toHaveCount(0);
});

test('one pinch into a gap between talks shows the hint, not just an empty window', async ({
  page,
}) => {
  // 10 June to 10 July 2025: a call on 14 June, the next on 3 July, nothing in between.
  await ready(page, '/?from=2025-06-10&to=2025-07-10');
  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(2);
  await expect(page.getByTestId('empty-view-hint')).toHaveCount(0);
  const box = (await plot(page).boundingBox())!;
  const cx = box.x + box.width / 2;
  const y = box.y + 60;
  // Two fingers spreading from 60 to 270 px apart: a fourfold zoom into late June.
  const cdp = await page.context().newCDPSession(page);
  const fingers = (half: number) => [
    { x: Math.round(cx - half), y: Math.round(y), id: 0 },
    { x: Math.round(cx + half), y: Math.round(y), id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
  for (let i = 1; i < 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: fingers(30 + i * 15),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();

  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(0);
  const hint = page.getByTestId('empty-view-hint');
  await expect(hint).toContainText('No events here');
  await hint.getByRole('button', { name: /nearest/ }).click();
  await expect(timeline(page).locator('svg [data-event-id]').first()).toBeVisible();
  await expect(hint).toHaveCount(0);
});

test('offline, a strip says so and the sources say they need the network', async ({
  page,
  context,
}) => {
  await ready(page, '/?event=witkoff-putin-2025-04-25');
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByTestId('offline-status')).toHaveCount(0);
  await expect(detail.locator('.detail-sources')).not.toContainText('needs the network');

  await context.setOffline(true);
  await expect(page.getByTestId('offline-status')).toBeVisible();
  await expect(page.getByTestId('offline-status')).toContainText('Offline');
  await expect(detail.locator('.detail-sources li').first()).toContainText('(needs the network)');

  await context.setOffline(false);
  await expect(page.getByTestId('offline-status')).toHaveCount(0);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('on a phone the first visit’s "works offline" notice is a small strip that goes with OK', async ({
    page,
  }) => {
    await ready(page);
    // The notice comes once the service worker has cached the app.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const notice = page.getByTestId('offline-ready');
    await expect(notice).toContainText('Parley now works offline');
    const box = (await notice.boundingBox())!;
    // It was a card over a quarter of the screen.
    expect(box.height).toBeLessThan(812 * 0.1);
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
  });
});
