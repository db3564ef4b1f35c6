import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { listItem, mark, openChart, waitForApp } from './helpers';

const timeline = (page: Page) => page.getByTestId('timeline');
const plot = (page: Page) => page.locator('.plot');
const announcement = (page: Page) => page.getByTestId('timeline-announcement');

/** The visible range from the URL, in ms (after the debounced update). */
async function urlRange(page: Page): Promise<[number, number] | undefined> {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return undefined;
  return [Date.parse(from), Date.parse(to)];
}

async function ready(page: Page, url = '/') {
  await openChart(page, url);
}

test('the timeline draws every curated event as an SVG mark, in lanes by channel', async ({
  page,
}) => {
  await ready(page);
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(47);
  const lanes = await page.locator('.lane-label').allTextContents();
  expect(lanes).toEqual([
    'US–Russia',
    'US–Ukraine',
    'Russia–Ukraine',
    'US–Russia–Ukraine',
    'Europe',
  ]);
  await expect(timeline(page).locator('svg title')).toHaveText('Timeline');
  await expect(page.getByText('47 of 47 events')).toBeVisible();
  // A two-day range is a bar, a one-day meeting a point; partly confirmed events look different.
  await expect(mark(page, 'witkoff-kushner-putin-2025-12-02')).toHaveClass(/bar/);
  await expect(mark(page, 'witkoff-putin-2025-08-06')).toHaveClass(/point/);
  await expect(mark(page, 'witkoff-putin-2025-02-11')).toHaveClass(/partly/);
});

test('wheel zoom closes in around the pointer, and the URL records the range', async ({ page }) => {
  await ready(page);
  const box = (await plot(page).boundingBox())!;
  const august = (await mark(page, 'alaska-summit-2025-08-15').boundingBox())!;
  await page.mouse.move(august.x + august.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -240);
  // The URL follows the zoom after a pause, so on a slow machine it may first record the range
  // of the first wheel steps: wait for the last one's.
  await expect
    .poll(async () => {
      const range = await urlRange(page);
      return range ? range[1] - range[0] : Number.POSITIVE_INFINITY;
    })
    .toBeLessThan(200 * 86_400_000);
  const [from, to] = (await urlRange(page))!;
  // The date under the pointer stays in view.
  expect(from).toBeLessThan(Date.UTC(2025, 7, 15));
  expect(to).toBeGreaterThan(Date.UTC(2025, 7, 16));
  await expect(mark(page, 'witkoff-putin-2025-02-11')).toHaveCount(0);
});

test('dragging pans to later dates', async ({ page }) => {
  await ready(page, '/?from=2025-06-01&to=2025-09-01');
  const box = (await plot(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 60, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await urlRange(page))?.[0]).toBeGreaterThan(Date.UTC(2025, 6, 1));
});

test('zoom buttons zoom in and out, and Fit all shows everything again', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => urlRange(page)).toBeDefined();
  const [a, b] = (await urlRange(page))!;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(async () => {
      const r = await urlRange(page);
      return r ? r[1] - r[0] : Infinity;
    })
    .toBeLessThan((b - a) * 0.6);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => urlRange(page)).toBeUndefined();
  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(47);
});

test('the keyboard moves between events, zooms, pans and opens details', async ({ page }) => {
  await ready(page);
  await plot(page).focus();
  await page.keyboard.press('Home');
  await expect(announcement(page)).toHaveText('Witkoff meets Putin in Moscow, 11 Feb 2025');
  await expect(page.locator('.focus-ring')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(announcement(page)).toContainText('12 Feb 2025');
  await page.keyboard.press('ArrowLeft');
  await expect(announcement(page)).toContainText('11 Feb 2025');
  // Down to the nearest event in the next lane (US–Ukraine: Jeddah, 11 March).
  await page.keyboard.press('ArrowDown');
  await expect(announcement(page)).toContainText('11 Mar 2025');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=jeddah-us-ukraine-2025-03-11/);
  await expect(page.getByTestId('event-detail')).toContainText('Jeddah');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toHaveCount(0);

  await plot(page).focus();
  await page.keyboard.press('+');
  await expect.poll(() => urlRange(page)).toBeDefined();
  const zoomed = (await urlRange(page))!;
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await urlRange(page))?.[0]).toBeGreaterThan(zoomed[0]);
  await page.keyboard.press('End');
  await expect(announcement(page)).toContainText('Mar 2026');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => urlRange(page)).toBeUndefined();
});

test('the chart is one tab stop', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: 'Fit all' }).focus();
  await page.keyboard.press('Tab');
  await expect(plot(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(plot(page)).not.toBeFocused();
  await expect(page.locator('.plot :focus')).toHaveCount(0);
});

test('hovering a mark shows a tooltip; clicking it opens the detail', async ({ page }) => {
  await ready(page);
  const target = mark(page, 'alaska-summit-2025-08-15');
  await target.hover();
  await expect(page.locator('.tooltip')).toContainText('15 Aug 2025');
  await target.click();
  await expect(page).toHaveURL(/event=alaska-summit-2025-08-15/);
  await expect(page.getByTestId('event-detail')).toContainText('Anchorage');
  await expect(target).toHaveClass(/selected/);
});

test('filters narrow the timeline and the list alike, with counts, and live in the URL', async ({
  page,
}) => {
  await ready(page);
  const kinds = page.locator('fieldset[data-facet="kind"]');
  await expect(kinds.getByText('Phone call')).toBeVisible();
  await expect(kinds.locator('label', { hasText: 'Phone call' }).locator('.count')).toHaveText(
    '10',
  );
  await kinds.getByLabel(/Phone call/).check();
  await expect(timeline(page)).toHaveAttribute('data-events', '10');
  await expect(page.getByText('10 of 47 events')).toBeVisible();
  await expect(timeline(page).locator('svg [data-event-id]')).toHaveCount(10);
  await expect(page.locator('#events article')).toHaveCount(10);
  await expect(page).toHaveURL(/kind=phone-call/);

  // Other facets count under this filter: every call is on the US–Russia channel.
  const tracks = page.locator('fieldset[data-facet="track"]');
  await expect(
    tracks.locator('label', { hasText: 'US–Russia' }).first().locator('.count'),
  ).toHaveText('10');

  await page.reload();
  await waitForApp(page);
  await expect(timeline(page)).toHaveAttribute('data-events', '10');
  await expect(kinds.getByLabel(/Phone call/)).toBeChecked();

  await page.goBack();
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
  await page.goForward();
  await expect(timeline(page)).toHaveAttribute('data-events', '10');
});

test('search finds events by any word, ignoring accents', async ({ page }) => {
  await ready(page);
  await page.getByTestId('filter-search').fill('dolmabahce');
  await expect(timeline(page)).toHaveAttribute('data-events', '1');
  await expect(listItem(page, 'istanbul-direct-2025-05-16')).toBeVisible();
  await expect(page).toHaveURL(/q=dolmabahce/);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(timeline(page)).toHaveAttribute('data-events', '47');
});

test('a date range filter keeps the events inside it', async ({ page }) => {
  await ready(page, '/?after=2025-12-01&before=2025-12-31');
  // 1, 2–3, 4–6, 14–15, 19–21 Dec, the two events of 28 Dec, and the call of 29 Dec.
  await expect(timeline(page)).toHaveAttribute('data-events', '8');
  await expect(page.locator('input[type="date"]').first()).toHaveValue('2025-12-01');
});

test('dates typed into the opened date range filter the chart and stay when it is folded', async ({
  page,
}) => {
  await ready(page);
  const dates = page.locator('.filters .date-range');
  await dates.locator('summary').click();
  await dates.getByLabel('From').fill('2025-12-01');
  await dates.getByLabel('To').fill('2025-12-31');
  await expect(timeline(page)).toHaveAttribute('data-events', '8');
  await expect(page).toHaveURL(/after=2025-12-01&before=2025-12-31/);
  await dates.locator('summary').click();
  await dates.locator('summary').click();
  await expect(dates.getByLabel('From')).toHaveValue('2025-12-01');
  await expect(dates.getByLabel('To')).toHaveValue('2025-12-31');
});

test('lanes regroup by kind, place or participant', async ({ page }) => {
  await ready(page);
  await page.getByLabel('Lanes by').selectOption('kind');
  await expect(page.locator('.lane-label').first()).toHaveText('Envoy meeting');
  await expect(page).toHaveURL(/group=kind/);
  await page.getByLabel('Lanes by').selectOption('participant');
  await expect(page.locator('.lane-label').first()).toHaveText('Steve Witkoff');
  await page.getByLabel('Lanes by').selectOption('place');
  await expect(page.locator('.lane-label')).toContainText(['Moscow']);
});

test('a shared link restores range, filters, grouping and the open event exactly', async ({
  page,
}) => {
  const link =
    '/?group=kind&from=2025-03-01&to=2025-06-30&kind=envoy-meeting&kind=negotiation-round&event=witkoff-putin-2025-04-11';
  await ready(page, link);
  await expect(page.getByLabel('Lanes by')).toHaveValue('kind');
  await expect(page.getByTestId('event-detail')).toContainText('St Petersburg');
  // 9 envoy meetings and 19 negotiation rounds.
  await expect(timeline(page)).toHaveAttribute('data-events', '28');
  await expect(timeline(page).locator('svg desc')).toContainText('2025-03-01 to 2025-06-30');
  expect(await urlRange(page)).toEqual([Date.UTC(2025, 2, 1), Date.UTC(2025, 5, 30)]);
  await expect(mark(page, 'witkoff-putin-2025-04-11')).toHaveClass(/selected/);
});

test('dragging the overview brush moves the main view', async ({ page }) => {
  await ready(page, '/?from=2025-02-01&to=2025-04-01');
  const selection = page.locator('.overview .selection');
  await selection.scrollIntoViewIfNeeded();
  const box = (await selection.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await urlRange(page))?.[0]).toBeGreaterThan(Date.UTC(2025, 5, 1));
});

test('a dense dataset shows counts per period on a canvas, not one element per event', async ({
  page,
}) => {
  // 3,000 events, one every 1.2 days over ten years, in three lanes.
  const events = Array.from({ length: 3000 }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: new Date(Date.UTC(2016, 0, 1) + Math.floor(i * 1.2) * 86_400_000)
      .toISOString()
      .slice(0, 10),
    track: ['a', 'b', 'c'][i % 3],
  }));
  await page.route('https://data.test/dense.json', (route) =>
    route.fulfill({
      body: JSON.stringify({ events }),
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
    }),
  );
  await ready(page, '/?data=https://data.test/dense.json');
  await expect(timeline(page)).toHaveAttribute('data-events', '3000');
  expect(await timeline(page).locator('svg [data-event-id]').count()).toBeLessThan(300);
  // Zoomed in to a week, the same data is drawn event by event again.
  await page.goto('/?data=https://data.test/dense.json&from=2020-03-01&to=2020-04-01');
  await waitForApp(page);
  await expect(timeline(page).locator('svg [data-event-id]').first()).toBeVisible();
  expect(await timeline(page).locator('svg [data-event-id]').count()).toBeGreaterThan(20);
});

test('on a 360 px phone the timeline fits, and a tap opens an event', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await ready(page, '/?from=2025-08-01&to=2025-08-31');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await mark(page, 'alaska-summit-2025-08-15').tap();
  await expect(page.getByTestId('event-detail')).toContainText('Anchorage');
  await context.close();
});

test('double-clicking empty chart space zooms in there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await ready(page);
  const box = (await plot(page).boundingBox())!;
  // Low in the last lane, where no mark is.
  await page.mouse.dblclick(box.x + box.width * 0.5, box.y + box.height - 6);
  await expect.poll(() => urlRange(page)).toBeDefined();
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
});

for (const width of [768, 1280, 1920]) {
  test(`at ${width} px the page fits without sideways scrolling and the chart fills its column`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await ready(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = (await plot(page).boundingBox())!;
    // The page stops growing at 90rem (1440 px); the chart takes most of it.
    expect(chart.width).toBeGreaterThan(Math.min(width, 1440) * 0.6);
  });
}

test.describe('touch', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  /** Raw touch events through the DevTools protocol: what a finger (or two) sends. */
  async function touch(page: Page, frames: { x: number; y: number }[][]) {
    const cdp = await page.context().newCDPSession(page);
    const points = (frame: { x: number; y: number }[]) =>
      frame.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id }));
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: points(frames[0]!),
    });
    for (const frame of frames.slice(1)) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(frame) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  test('a one-finger swipe pans the timeline', async ({ page }) => {
    await ready(page, '/?from=2025-06-01&to=2025-09-01');
    const before = (await urlRange(page))!;
    const box = (await plot(page).boundingBox())!;
    const y = box.y + 50;
    const steps = Array.from({ length: 8 }, (_, i) => [
      { x: box.x + box.width * (0.8 - i * 0.07), y },
    ]);
    await touch(page, steps);
    // Swiping left shows later dates; the span stays the same.
    await expect.poll(async () => (await urlRange(page))?.[0]).toBeGreaterThan(before[0]);
    const after = (await urlRange(page))!;
    expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThan(86_400_000);
  });

  test('a two-finger pinch zooms the timeline in', async ({ page }) => {
    await ready(page, '/?from=2025-01-01&to=2025-12-31');
    const before = (await urlRange(page))!;
    const box = (await plot(page).boundingBox())!;
    const cx = box.x + box.width / 2;
    const y = box.y + 50;
    const steps = Array.from({ length: 8 }, (_, i) => {
      const half = 30 + i * 15;
      return [
        { x: cx - half, y },
        { x: cx + half, y },
      ];
    });
    await touch(page, steps);
    await expect
      .poll(async () => {
        const range = await urlRange(page);
        return range ? range[1] - range[0] : Infinity;
      })
      .toBeLessThan((before[1] - before[0]) / 2);
  });
});
