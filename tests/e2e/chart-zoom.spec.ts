import { type Page } from '@playwright/test';
import { expect, test } from './released-data';
import { openChart, serveJson } from './helpers';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY = 86_400_000;

/** The visible range from the URL, in ms (after the debounced update). */
function urlRange(page: Page): [number, number] | undefined {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? [Date.parse(from), Date.parse(to)] : undefined;
}

async function expectRange(page: Page, from: number, to: number) {
  await expect
    .poll(() => {
      const range = urlRange(page);
      return range ? Math.abs(range[0] - from) + Math.abs(range[1] - to) : Infinity;
    })
    .toBeLessThan(DAY);
}

test('clicking a month on the axis zooms to that month', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openChart(page);
  await page.getByRole('button', { name: 'Zoom to August 2025' }).click();
  await expectRange(page, Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1));
  // Zoomed in, the axis names days or weeks, and the Alaska summit is in view.
  await expect(page.getByRole('button', { name: 'Zoom to August 2025' })).toHaveCount(0);
  await expect(
    page.locator('[data-testid="timeline"] [data-event-id="alaska-summit-2025-08-15"]'),
  ).toBeVisible();
});

/** 600 events, one a day from 2020, in one lane: too many to draw, so counted by month. */
async function openDense(page: Page) {
  const events = Array.from({ length: 600 }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: new Date(Date.UTC(2020, 0, 1) + i * DAY).toISOString().slice(0, 10),
  }));
  await page.route('https://data.test/dense.json', serveJson(JSON.stringify({ events })));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openChart(page, '/?data=https://data.test/dense.json');
}

/** "31 events, March 2020" → [count, start of the month, start of the next]. */
function parseSummary(text: string): [number, number, number] {
  const match = /^(\d+) events?, (\w+) (\d{4})/.exec(text);
  expect(match, text).not.toBeNull();
  const [, count, month, year] = match as RegExpExecArray;
  const m = MONTHS.indexOf(month as string);
  return [Number(count), Date.UTC(Number(year), m, 1), Date.UTC(Number(year), m + 1, 1)];
}

test('a count bar says how many events and which month; a click zooms to that month', async ({
  page,
}) => {
  await openDense(page);
  const box = (await page.locator('.plot svg').boundingBox())!;
  // The middle of the first lane's bars (under the axis and the lane's name).
  await page.mouse.move(box.x + box.width / 2, box.y + 28 + 40);
  const tooltip = page.getByTestId('count-tooltip');
  await expect(tooltip).toBeVisible();
  const [count, from, to] = parseSummary((await tooltip.locator('strong').textContent()) ?? '');
  expect(count).toBe(Math.round((to - from) / DAY));
  await page.mouse.click(box.x + box.width / 2, box.y + 28 + 40);
  await expectRange(page, from, to);
  // A month of days fits: the events are drawn one by one.
  await expect(page.locator('[data-testid="timeline"] svg [data-event-id]')).toHaveCount(count);
});

test('the keyboard’s focus on an event drawn as a count says what its bar holds', async ({
  page,
}) => {
  await openDense(page);
  await page.locator('.plot').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('count-announcement')).toHaveText(
    /^Shown as a count: \d+ events, \w+ \d{4}$/,
  );
  await expect(page.getByTestId('count-tooltip')).toBeVisible();
});

test('a wheel zoom keeps the chart’s height while it moves, and fits what is in view once it rests', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openChart(page);
  const before = await page.locator('#chart').evaluate((plot: HTMLElement) => plot.offsetHeight);
  // Twelve wheel steps, one a frame as a wheel sends them (the view rests 250 ms after the
  // last), sent inside the page so that no round trip between two can last longer than that;
  // and the chart's height at every frame, from the first step until well after the last.
  await page.evaluate(async () => {
    const plot = document.getElementById('chart') as HTMLElement;
    const surface = plot.querySelector('svg') as SVGSVGElement;
    const box = surface.getBoundingClientRect();
    const heights: number[] = [];
    (window as unknown as { heights: number[] }).heights = heights;
    const record = () => {
      heights.push(plot.offsetHeight);
      if (heights.length < 120) requestAnimationFrame(record);
    };
    record();
    for (let step = 0; step < 12; step++) {
      await new Promise(requestAnimationFrame);
      surface.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -120,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
  });
  const recorded = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
  // Zoomed in, fewer rows are needed: once the view rests the chart is shorter.
  await expect.poll(async () => (await recorded()).at(-1)).toBeLessThan(before);
  const heights = await recorded();
  const changes = heights.filter((h, i) => i === 0 || h !== heights[i - 1]);
  // One change, at rest, not one per step: each would move everything under the chart.
  expect(changes).toEqual([before, changes[1]]);
});
